package app.corroborate.text;

import java.util.Arrays;

/**
 * Splits text into words, numbers and single punctuation marks, skipping whitespace.
 *
 * <p>Guarantees: a word keeps inner apostrophes and hyphens (don't, decades-long) and dotted initials (U.S.);
 * a number keeps thousands separators, a decimal point and an attached unit suffix (1,600; 3.5; 2nd; 1990s),
 * and thousands grouped by single spaces are one number ("12 000", see {@link #spacedThousands});
 * every other visible character is a token of its own; invisible (format) characters inside a word or number
 * are part of it and dropped from its form, so "3\u200B11" reads as 311. One pass, no regular expressions, no
 * object per token.
 */
public final class Tokenizer {

    private final TokenDictionary dictionary;

    public Tokenizer(TokenDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public Tokens tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    public Tokens tokenize(CharSequence source, int from, int to) {
        char[] text = source.toString().toCharArray();
        Builder b = new Builder(Math.max(16, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text[i];
            char f = Normalizer.fold(c);
            if (f == ' ' || f == Normalizer.DROP) {
                i++;
                continue;
            }
            int end;
            TokenKind kind;
            if (isDigit(c)) {
                end = scanNumber(text, i, to);
                kind = TokenKind.NUMBER;
            } else if (isLetter(c)) {
                end = scanWord(text, i, to);
                end = currencyPrefix(text, i, end);
                kind = TokenKind.WORD;
            } else {
                end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                kind = TokenKind.PUNCT;
            }
            b.add(i, end, dictionary.intern(text, i, end), kind, Character.isUpperCase(c));
            i = end;
        }
        return b.build();
    }

    static int scanWord(char[] t, int i, int to) {
        int j = letters(t, i, to);
        if (j - i == 1 && isInitialChain(t, j, to)) {
            while (j + 1 < to && t[j] == '.' && isLetter(t[j + 1]) && (j + 2 >= to || !isLetter(t[j + 2]))) {
                j += 2;
            }
            return j < to && t[j] == '.' ? j + 1 : j;
        }
        while (j + 1 < to && isJoiner(t[j]) && isLetterOrDigit(t[j + 1])) {
            j = letters(t, j + 1, to);
        }
        return j;
    }

    /** The longest currency abbreviation written against its figure ("Sh412", "KSh90", "Rs500"), in letters. */
    private static final int CURRENCY_PREFIX = 3;

    /**
     * Where a word that is a currency abbreviation glued to its figure ends: "Sh412" is "Sh" and 412. The prefix
     * is two or three letters, a capital then lower case (so "H3", "MH17" and "COVID19" stay one word), and the
     * rest of the word is digits, or digits and a scale ("Shs5m"). A single capital glued to a figure with a decimal point or a thousands comma
     * ("N1.8 billion", "R2,500"), grouped by a space ("R2 500") or followed by a word of scale ("K21 million") is a
     * currency sign as well, and so is a code of two
     * or three capitals so glued ("PHP87.3 million"; "MH17" stays a word). Otherwise {@code end}.
     */
    static int currencyPrefix(char[] t, int i, int end) {
        int letters = 0;
        while (i + letters < end && isLetter(t[i + letters])) {
            letters++;
        }
        if (letters == 1
                && Character.isUpperCase(t[i])
                && allDigits(t, i + 1, end)
                && (groupedFigureAt(t, end) || spacedFigureAt(t, i + 1, end) || scaleWordAt(t, end))) {
            return i + 1;
        }
        if (letters == 1 && Character.isUpperCase(t[i]) && digitsThenScale(t, i + 1, end)) {
            return i + 1; // "K421m", "R3bn"
        }
        if (letters < 2 || letters > CURRENCY_PREFIX || i + letters == end || !Character.isUpperCase(t[i])) {
            return end;
        }
        if (CODES.contains(new String(t, i, letters))
                && allDigits(t, i + letters, end)
                && (groupedFigureAt(t, end) || spacedFigureAt(t, i + letters, end))) {
            return i + letters; // "PHP87.3 million", "KES1,200": a currency's code against its figure
        }
        for (int k = i + 1; k < i + letters - 1; k++) {
            if (!Character.isLowerCase(t[k]) && !Character.isUpperCase(t[k])) {
                return end;
            }
        }
        if (!Character.isLowerCase(t[i + letters - 1])) {
            return end;
        }
        int digits = i + letters;
        while (digits < end && isDigit(t[digits])) {
            digits++;
        }
        return digits > i + letters && (digits == end || SCALES.contains(new String(t, digits, end - digits)))
                ? i + letters
                : end;
    }

    /** Scale letters written against a figure after its currency ("Shs5m", "Rs2bn"): the figure goes on. */
    private static final java.util.Set<String> SCALES = java.util.Set.of("m", "mn", "bn", "b", "k", "tn");

    /** Words of scale that follow an amount ("K21 million", "R3 billion"). */
    private static final java.util.Set<String> SCALE_WORDS =
            java.util.Set.of("million", "billion", "trillion", "bn", "mn", "crore", "lakh");

    /** A space and a word of scale start at {@code j} ("K21 million"): the letter before the digits is a currency. */
    private static boolean scaleWordAt(char[] t, int j) {
        if (j >= t.length || t[j] != ' ') {
            return false;
        }
        int end = j + 1;
        while (end < t.length && Character.isLetter(t[end])) {
            end++;
        }
        return (end == t.length || t[end] != '-')
                && SCALE_WORDS.contains(new String(t, j + 1, end - j - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Digits and then a scale written against them ("421m", "3bn"). */
    private static boolean digitsThenScale(char[] t, int from, int end) {
        int k = from;
        while (k < end && isDigit(t[k])) {
            k++;
        }
        return k > from && k < end && SCALES.contains(new String(t, k, end - k));
    }

    /** Currency codes written against a figure ("PHP87.3 million", "KES1,200"): ISO 4217 codes in news use. */
    private static final java.util.Set<String> CODES = java.util.Set.of(
            "USD", "EUR", "GBP", "JPY", "CNY", "INR", "PKR", "BDT", "LKR", "NPR", "PHP", "IDR", "MYR", "SGD", "THB",
            "VND", "HKD", "KRW", "AUD", "NZD", "CAD", "FJD", "KES", "UGX", "TZS", "RWF", "ETB", "NGN", "GHS", "ZAR",
            "ZMW", "BWP", "NAD", "MUR", "EGP", "MAD", "TTD", "JMD", "GYD", "BBD", "BRL", "MXN", "CHF", "SEK", "NOK",
            "DKK", "PLN", "CZK", "HUF", "RON", "TRY", "AED", "SAR", "QAR", "ILS");

    private static boolean allDigits(char[] t, int from, int end) {
        if (from >= end) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if (!isDigit(t[k])) {
                return false;
            }
        }
        return true;
    }

    /** A decimal point or a thousands comma at {@code j}, a digit after it. */
    private static boolean groupedFigureAt(char[] t, int j) {
        return j + 1 < t.length && (t[j] == '.' || t[j] == ',') && isDigit(t[j + 1]);
    }

    /** The digits {@code [from, end)} open a figure grouped by spaces ("R2 500": see {@link #spacedThousands}). */
    private static boolean spacedFigureAt(char[] t, int from, int end) {
        return spacedThousands(t, from, end, t.length) > end;
    }

    private static boolean isInitialChain(char[] t, int j, int to) {
        return j + 2 < to && t[j] == '.' && isLetter(t[j + 1]) && (j + 2 == to || t[j + 2] == '.');
    }

    private static int letters(char[] t, int i, int to) {
        int j = i;
        while (j < to) {
            if (isLetterOrDigit(t[j]) || isMark(t[j])) {
                j++;
                continue;
            }
            int k = pastInvisible(t, j, to);
            if (k == j || k == to || !isLetterOrDigit(t[k])) {
                break;
            }
            j = k;
        }
        return j;
    }

    /** The index after the run of invisible (dropped) characters at {@code j}; {@code j} if there is none. */
    private static int pastInvisible(char[] t, int j, int to) {
        int k = j;
        while (k < to && t[k] >= 0x80 && Normalizer.fold(t[k]) == Normalizer.DROP) {
            k++;
        }
        return k;
    }

    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isMark(char c) {
        if (c < 0x300) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        char f = Normalizer.fold(c);
        return f == '\'' || f == '-';
    }

    static int scanNumber(char[] t, int i, int to) {
        int j = spacedThousands(t, i, digits(t, i, to), to);
        while (j + 1 < to && (t[j] == ',' || t[j] == '.') && isDigit(t[j + 1])) {
            j = digits(t, j + 1, to);
        }
        while (j < to && isLetter(t[j])) {
            j++;
        }
        return j;
    }

    /**
     * Where a figure grouped by spaces ends ("12 000", "1 250 000", with a no-break or thin space too): a first
     * group of one to three digits, then groups of exactly three digits each after one space. Otherwise {@code
     * j}, the end of the first group: when it is longer, when the first group follows a decimal point or a comma
     * (".5 000"), a month or a label ("June 14 250 runners", "Group 4 500"), and when the last group runs on into a
     * decimal part ("12 000.5", "12 000,5") or a unit ("10 100m"), which makes the digits something else.
     */
    static int spacedThousands(char[] t, int i, int j, int to) {
        if (j - i > 3 || i > 0 && (t[i - 1] == '.' || t[i - 1] == ',') || labelBefore(t, i)) {
            return j;
        }
        int end = j;
        while (end + 4 <= to
                && isGroupSpace(t[end])
                && allAsciiDigits(t, end + 1, end + 4)
                && (end + 4 == to || !isDigit(t[end + 4]) && !isLetter(t[end + 4]))) {
            end += 4;
        }
        return end > j && groupedFigureAt(t, end) ? j : end;
    }

    /** Words after which a number names or dates something, so a number after it is another figure. */
    private static final java.util.Set<String> LABELS = java.util.Set.of(
            "no",
            "number",
            "group",
            "route",
            "flight",
            "bus",
            "room",
            "gate",
            "platform",
            "page",
            "pages",
            "top",
            "chapter",
            "section",
            "article",
            "rule",
            "line",
            "block",
            "ward",
            "unit",
            "lot",
            "plot",
            "house",
            "road");

    /**
     * The word right before the first group is a month ("June 14 250 runners": a date, then a count) or a label
     * ("Group 4 500 metres away", "the top 10 100m times"): the groups are two figures.
     */
    private static boolean labelBefore(char[] t, int i) {
        int end = i;
        while (end > 0 && isGroupSpace(t[end - 1])) {
            end--;
        }
        if (end == i) {
            return false;
        }
        int start = end;
        while (start > 0 && isLetter(t[start - 1])) {
            start--;
        }
        if (start == end || end - start > 9) {
            return false;
        }
        String word = new String(t, start, end - start).toLowerCase(java.util.Locale.ROOT);
        return LABELS.contains(word) || WordLists.isMonth(word) || WordLists.isMonthAbbreviation(word);
    }

    /** One space between groups of digits: a plain, no-break, figure, thin or narrow no-break space. */
    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F';
    }

    private static boolean allAsciiDigits(char[] t, int from, int end) {
        for (int k = from; k < end; k++) {
            if (t[k] < '0' || t[k] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(char[] t, int i, int to) {
        int j = i;
        while (j < to) {
            if (isDigit(t[j])) {
                j++;
                continue;
            }
            int k = pastInvisible(t, j, to);
            if (k == j || k == to || !isDigit(t[k])) {
                break;
            }
            j = k;
        }
        return j;
    }

    private static final class Builder {
        private int[] starts;
        private int[] ends;
        private int[] ids;
        private byte[] kinds;
        private int n;

        Builder(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
            ids = new int[capacity];
            kinds = new byte[capacity];
        }

        void add(int start, int end, int id, TokenKind kind, boolean capital) {
            if (n == starts.length) {
                int cap = n * 2;
                starts = Arrays.copyOf(starts, cap);
                ends = Arrays.copyOf(ends, cap);
                ids = Arrays.copyOf(ids, cap);
                kinds = Arrays.copyOf(kinds, cap);
            }
            starts[n] = start;
            ends[n] = end;
            ids[n] = id;
            kinds[n++] = (byte) (kind.ordinal() | (capital ? Tokens.CAPITAL : 0));
        }

        Tokens build() {
            return new Tokens(starts, ends, ids, kinds, n);
        }
    }
}
