package app.corroborate.facts;

import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokens;

/**
 * The number that labels a numbered paragraph of minutes, a report or a ruling ("2.3 The Mayor informed ...",
 * "4.1.2 Councillors asked ..."): a section number, not a figure the paragraph states, nor part of its subject.
 *
 * <p>Guarantees: a label is a number of two or more parts joined by full stops, first on its line, followed on the
 * same line by a word in capitals; a figure opening a sentence mid-line ("... in 2025. 2.3 million people ...")
 * or followed by a lower-case word ("2.3 million") is no label.
 */
final class OutlineLabels {

    private OutlineLabels() {}

    /** The first token of the sentence {@code from}..{@code to} after its label, or {@code from} when it has none. */
    static int after(String text, Tokens tokens, int from, int to) {
        if (to - from < 2
                || tokens.kind(from) != TokenKind.NUMBER
                || !dotted(tokens.span(from).of(text))) {
            return from;
        }
        int lineStart = text.lastIndexOf('\n', tokens.start(from) - 1) + 1;
        if (!text.substring(lineStart, tokens.start(from)).isBlank()) {
            return from;
        }
        int next = tokens.start(from + 1);
        boolean sameLine = text.indexOf('\n', tokens.end(from)) < 0 || text.indexOf('\n', tokens.end(from)) > next;
        return sameLine && Character.isUpperCase(text.codePointAt(next)) ? from + 1 : from;
    }

    /** "2.3", "4.1.2": digits in two or more parts joined by full stops. */
    private static boolean dotted(String s) {
        int parts = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == '.') {
                    return false;
                }
                parts++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return parts >= 2;
    }
}
