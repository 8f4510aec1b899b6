package app.corroborate.facts;

import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokens;

/**
 * The number that labels a numbered paragraph of minutes, a report or a ruling ("2.3 The Mayor informed ...",
 * "4.1.2 Councillors asked ..."): a section number, not a figure the paragraph states, nor part of its subject.
 *
 * <p>Guarantees: a label is a number of two or more parts of one or two digits joined by full stops, first on its
 * line, followed on the same line by a word in capitals that is no magnitude; a figure opening a sentence mid-line
 * ("... in 2025. 2.3 million people ..."), followed by a lower-case word ("2.3 million") or by a magnitude in
 * capitals ("2.5 Million Homes"), and a dotted date ("12.03.2025") are no label. Reads only the label's line
 * around it.
 */
final class OutlineLabels {

    private OutlineLabels() {}

    /** The first token of the sentence {@code from}..{@code to} after its label, or {@code from} when it has none. */
    static int after(String text, Tokens tokens, int from, int to) {
        if (to - from < 2
                || tokens.kind(from) != TokenKind.NUMBER
                || !dotted(tokens.span(from).of(text))
                || !firstOnLine(text, tokens.start(from))) {
            return from;
        }
        int next = tokens.start(from + 1);
        for (int k = tokens.end(from); k < next; k++) {
            if (text.charAt(k) == '\n') {
                return from;
            }
        }
        if (MAGNITUDES.contains(tokens.span(from + 1).of(text).toLowerCase(java.util.Locale.ROOT))) {
            return from; // "2.5 Million Homes Without Power": a figure in a headline set in capitals
        }
        return Character.isUpperCase(text.codePointAt(next)) ? from + 1 : from;
    }

    /** True if only spaces stand between the line's start and {@code offset} (read back over them only). */
    private static boolean firstOnLine(String text, int offset) {
        int k = offset - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    /** Words after which a dotted number is a figure's amount, not a label. */
    private static final java.util.Set<String> MAGNITUDES = java.util.Set.of(
            "million",
            "billion",
            "trillion",
            "thousand",
            "hundred",
            "lakh",
            "crore",
            "per",
            "percent",
            "pc",
            "m",
            "bn");

    /** Digits a part of a label holds at most: "12.03.2025" is a date, "1500.50" an amount. */
    private static final int PART_DIGITS = 2;

    /** "2.3", "4.1.2": parts of one or two digits joined by full stops, two parts or more. */
    private static boolean dotted(String s) {
        int parts = 1;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == '.') {
                    return false;
                }
                parts++;
                digits = 0;
            } else if (c < '0' || c > '9' || ++digits > PART_DIGITS) {
                return false;
            }
        }
        return parts >= 2;
    }
}
