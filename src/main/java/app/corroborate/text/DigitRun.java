package app.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of digit groups joined by single separators, as a telephone number is written: "876-555-0123",
 * "+264 61 208 7111", "(876) 929-5375", "0800 123 456", "876.555.0123"; and whether its shape is one.
 *
 * <p>Guarantees: a run starts at a digit that continues no figure (no letter, digit, or decimal point or comma
 * after a digit just before it), at a {@code +} before a digit, or at a bracketed area code; its groups are ASCII
 * digits joined by one hyphen, full stop or space (plain, no-break, thin or narrow); it ends before anything else.
 * Reading one costs time linear in its length.
 *
 * @param span      the run in the text, sign and brackets included
 * @param groups    the digits of each group, in order (a bracketed area code is the first)
 * @param plus      it opens with a {@code +} (a country code)
 * @param bracketed it opens with an area code in brackets
 * @param spaces    some groups are joined by a space
 * @param marks     some groups are joined by a hyphen or a full stop
 * @param runsOn    a letter, or a comma before a digit, follows it: it is part of a word or of a figure
 */
record DigitRun(
        Span span,
        List<String> groups,
        boolean plus,
        boolean bracketed,
        boolean spaces,
        boolean marks,
        boolean runsOn) {

    /** Fewest digits of a telephone number without its country code ("555 0123" is seven). */
    static final int PHONE_DIGITS = 7;
    /** Most digits of a telephone number (the international limit, country code included). */
    static final int MAX_DIGITS = 15;
    /** Most digits of one group ("0800 123456"); a longer run is an amount or an identifier. */
    static final int MAX_GROUP = 6;

    /** The run starting at {@code i}, or null when none starts there. */
    static DigitRun at(CharSequence t, int i) {
        if (!startsRun(t, i)) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        boolean plus = t.charAt(i) == '+';
        int k = plus ? i + 1 : i;
        int code = digitsEnd(t, k);
        if (plus && code > k && code + 1 < t.length() && isSpace(t.charAt(code)) && t.charAt(code + 1) == '(') {
            groups.add(t.subSequence(k, code).toString()); // "+1 (876) 555-0123": a country code, an area code
            k = code + 1;
        }
        boolean bracketed = t.charAt(k) == '(';
        if (bracketed) {
            int close = digitsEnd(t, k + 1);
            if (close >= t.length() || t.charAt(close) != ')' || !areaCode(t, k + 1, close)) {
                return null;
            }
            groups.add(t.subSequence(k + 1, close).toString());
            k = close + 1;
            k = k + 1 < t.length() && isSpace(t.charAt(k)) && isDigit(t.charAt(k + 1)) ? k + 1 : k;
            if (k >= t.length() || !isDigit(t.charAt(k))) {
                return null;
            }
        }
        boolean spaces = false;
        boolean marks = false;
        while (true) {
            int end = digitsEnd(t, k);
            groups.add(t.subSequence(k, end).toString());
            k = end;
            if (k + 1 >= t.length() || !isDigit(t.charAt(k + 1)) || !isSeparator(t.charAt(k))) {
                break;
            }
            spaces |= isSpace(t.charAt(k));
            marks |= !isSpace(t.charAt(k));
            k++;
        }
        boolean runsOn = k < t.length()
                && (Character.isLetter(t.charAt(k))
                        || t.charAt(k) == ',' && k + 1 < t.length() && isDigit(t.charAt(k + 1)));
        return new DigitRun(new Span(i, k), List.copyOf(groups), plus, bracketed, spaces, marks, runsOn);
    }

    /** The number of digits in the run. */
    int digits() {
        return groups.stream().mapToInt(String::length).sum();
    }

    /**
     * True if the run has the shape of a telephone number: seven to fifteen digits, no group longer than six,
     * and a country code, a bracketed area code, three or more groups joined by hyphens or full stops ending in
     * three or four digits ("1-888-225-5376"), a local number whose second part cannot end a range
     * ("555-0123"), or groups joined by spaces that open with a trunk zero ("0800 123 456") or read 3-3-4. A
     * date ("2026-03-11", "11.03.2026"), a range, a score, a decimal and thousands grouped by spaces ("1 250
     * 000", "in 2023 500 000") are none.
     */
    boolean phoneShaped() {
        int n = digits();
        if (runsOn || n < PHONE_DIGITS || n > MAX_DIGITS || groups.stream().anyMatch(g -> g.length() > MAX_GROUP)) {
            return false;
        }
        if (plus) {
            return true;
        }
        int last = groups.get(groups.size() - 1).length();
        if (bracketed) {
            return groups.size() >= 2 && last >= 3;
        }
        if (spaces) {
            return !marks && groups.size() >= 2 && last >= 3 && last <= 4 && (trunkZero() || lengths(3, 3, 4));
        }
        if (date()) {
            return false;
        }
        return groups.size() >= 3 && last >= 3 && last <= 4 || lengths(3, 4) && !rangeLike();
    }

    private boolean trunkZero() {
        return groups.get(0).charAt(0) == '0';
    }

    private boolean lengths(int... lengths) {
        if (groups.size() != lengths.length) {
            return false;
        }
        for (int k = 0; k < lengths.length; k++) {
            if (groups.get(k).length() != lengths[k]) {
                return false;
            }
        }
        return true;
    }

    /** "2026-03-11", "11.03.2026": a year and two parts of one or two digits. */
    private boolean date() {
        if (groups.size() != 3) {
            return false;
        }
        int a = groups.get(0).length();
        int b = groups.get(1).length();
        int c = groups.get(2).length();
        return a == 4 && b <= 2 && c <= 2 || a <= 2 && b <= 2 && c == 4;
    }

    /** Two groups that read as a range ("250-1000"): the second is larger and opens with no zero. */
    private boolean rangeLike() {
        String low = groups.get(0);
        String high = groups.get(1);
        return high.charAt(0) != '0' && Long.parseLong(high) > Long.parseLong(low);
    }

    /** An area code in brackets: three digits, or two to five that open with a trunk zero ("(020)"). */
    private static boolean areaCode(CharSequence t, int from, int to) {
        int n = to - from;
        return n == 3 || n >= 2 && n <= 5 && t.charAt(from) == '0';
    }

    private static boolean startsRun(CharSequence t, int i) {
        char c = t.charAt(i);
        boolean opens = isDigit(c)
                || c == '+' && i + 1 < t.length() && (isDigit(t.charAt(i + 1)) || t.charAt(i + 1) == '(')
                || c == '(' && i + 1 < t.length() && isDigit(t.charAt(i + 1));
        if (!opens || i == 0) {
            return opens;
        }
        char before = t.charAt(i - 1);
        boolean afterDigit = i >= 2 && isDigit(t.charAt(i - 2));
        return !Character.isLetterOrDigit(before) && !((before == '.' || before == ',') && afterDigit);
    }

    private static int digitsEnd(CharSequence t, int k) {
        while (k < t.length() && isDigit(t.charAt(k))) {
            k++;
        }
        return k;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** One hyphen (plain, breaking or not), full stop or space between two groups. */
    private static boolean isSeparator(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '.' || isSpace(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F';
    }
}
