package app.corroborate.facts;

import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokens;

/**
 * The number that labels a numbered paragraph of minutes, a report or a ruling ("2.3 The Mayor informed ...",
 * "4.1.2 Councillors asked ..."), or a post of a thread ("2/9 Two people have died ..."): a section number or a
 * post's place, not a figure the paragraph states, nor part of its subject.
 *
 * <p>Guarantees: a label is a number of two or more parts of one or two digits joined by full stops, first on its
 * line, followed on the same line by a word in capitals that is no magnitude; a figure opening a sentence mid-line
 * ("... in 2025. 2.3 million people ..."), followed by a lower-case word ("2.3 million") or by a magnitude in
 * capitals ("2.5 Million Homes"), and a dotted date ("12.03.2025") are no label. Reads only the label's line
 * around it. A thread's counter is N/M written solid (N no more than M, two digits at most) first on its line, on a
 * page where two or more lines open with counters of that total.
 */
final class OutlineLabels {

    private OutlineLabels() {}

    /**
     * The first token of the sentence {@code from}..{@code to} after its label, or {@code from} when it has none;
     * {@code threads} are the totals of the document's thread counters (see {@link #threadTotals}).
     */
    static int after(String text, Tokens tokens, int from, int to, java.util.Set<Integer> threads) {
        if (!threads.isEmpty() && postCounter(text, tokens, from, to, threads)) {
            return from + 3;
        }
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

    /** The most posts a thread's counter counts ("12/14"): two digits. */
    private static final int THREAD_POSTS = 99;

    /**
     * A post's place in a thread, first on its line and followed on it by a capital or a digit ("2/9 Two people have
     * died", "3/9 The victims"): the counter is N/M written solid, 1 <= N <= M <= {@value #THREAD_POSTS}, M one of the
     * document's thread totals.
     */
    private static boolean postCounter(String text, Tokens tokens, int from, int to, java.util.Set<Integer> threads) {
        if (to - from < 4
                || tokens.kind(from) != TokenKind.NUMBER
                || tokens.kind(from + 2) != TokenKind.NUMBER
                || !tokens.span(from + 1).of(text).equals("/")
                || tokens.end(from) != tokens.start(from + 1)
                || tokens.end(from + 1) != tokens.start(from + 2)
                || !firstOnLine(text, tokens.start(from))) {
            return false;
        }
        int n = small(tokens.span(from).of(text));
        int m = small(tokens.span(from + 2).of(text));
        int next = tokens.start(from + 3);
        boolean sameLine = text.substring(tokens.end(from + 2), next).indexOf('\n') < 0;
        int c = text.codePointAt(next);
        return n >= 1
                && n <= m
                && threads.contains(m)
                && sameLine
                && (Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static final java.util.regex.Pattern COUNTER =
            java.util.regex.Pattern.compile("(?m)^[ \\t]*(\\d{1,2})/(\\d{1,2})[ \\t]+[\\p{Lu}\\p{N}]");

    /**
     * The totals M of the counters "N/M" that open two or more of the document's lines with different N, N <= M:
     * a thread's posts ("2/9 ...", "3/9 ..."). A single line opening on "3/15" or "7/9" (a date, a vote) is none.
     * One pass over the text.
     */
    static java.util.Set<Integer> threadTotals(String text) {
        java.util.Map<Integer, java.util.Set<Integer>> posts = new java.util.HashMap<>();
        java.util.regex.Matcher m = COUNTER.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            int total = Integer.parseInt(m.group(2));
            if (n >= 1 && n <= total && total >= 2) {
                posts.computeIfAbsent(total, k -> new java.util.HashSet<>()).add(n);
            }
        }
        java.util.Set<Integer> out = new java.util.HashSet<>();
        posts.forEach((total, ns) -> {
            if (ns.size() >= 2) {
                out.add(total);
            }
        });
        return out;
    }

    /** The value of one or two digits, else -1. */
    private static int small(String digits) {
        return digits.length() <= 2 && digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : -1;
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
