package app.corroborate.text;

import java.util.Arrays;

/**
 * Splits text into words, numbers and single punctuation marks, skipping whitespace.
 *
 * <p>Guarantees: a word keeps inner apostrophes and hyphens (don't, decades-long) and dotted initials (U.S.);
 * a number keeps thousands separators, a decimal point and an attached unit suffix (1,600; 3.5; 2nd; 1990s);
 * every other visible character is a token of its own. One pass, no regular expressions, no object per token.
 */
public final class Tokenizer {

    private final TokenDictionary dictionary;

    public Tokenizer(TokenDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public Tokens tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    public Tokens tokenize(CharSequence text, int from, int to) {
        Builder b = new Builder(Math.max(16, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            char f = Normalizer.fold(c);
            if (f == ' ' || f == Normalizer.DROP) {
                i++;
                continue;
            }
            int end;
            TokenKind kind;
            if (Character.isDigit(c)) {
                end = scanNumber(text, i, to);
                kind = TokenKind.NUMBER;
            } else if (Character.isLetter(c)) {
                end = scanWord(text, i, to);
                kind = TokenKind.WORD;
            } else {
                end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                kind = TokenKind.PUNCT;
            }
            b.add(i, end, dictionary.intern(text, i, end), kind);
            i = end;
        }
        return b.build();
    }

    static int scanWord(CharSequence t, int i, int to) {
        int j = letters(t, i, to);
        if (j - i == 1 && isInitialChain(t, j, to)) {
            while (j + 1 < to && t.charAt(j) == '.' && Character.isLetter(t.charAt(j + 1))
                    && (j + 2 >= to || !Character.isLetter(t.charAt(j + 2)))) {
                j += 2;
            }
            return j < to && t.charAt(j) == '.' ? j + 1 : j;
        }
        while (j + 1 < to && isJoiner(t.charAt(j)) && Character.isLetterOrDigit(t.charAt(j + 1))) {
            j = letters(t, j + 1, to);
        }
        return j;
    }

    private static boolean isInitialChain(CharSequence t, int j, int to) {
        return j + 2 < to && t.charAt(j) == '.' && Character.isLetter(t.charAt(j + 1))
                && (j + 2 == to || t.charAt(j + 2) == '.');
    }

    private static int letters(CharSequence t, int i, int to) {
        int j = i;
        while (j < to && (Character.isLetterOrDigit(t.charAt(j)) || isMark(t.charAt(j)))) {
            j++;
        }
        return j;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        char f = Normalizer.fold(c);
        return f == '\'' || f == '-';
    }

    static int scanNumber(CharSequence t, int i, int to) {
        int j = digits(t, i, to);
        while (j + 1 < to && (t.charAt(j) == ',' || t.charAt(j) == '.') && Character.isDigit(t.charAt(j + 1))) {
            j = digits(t, j + 1, to);
        }
        while (j < to && Character.isLetter(t.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int digits(CharSequence t, int i, int to) {
        int j = i;
        while (j < to && Character.isDigit(t.charAt(j))) {
            j++;
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

        void add(int start, int end, int id, TokenKind kind) {
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
            kinds[n++] = (byte) kind.ordinal();
        }

        Tokens build() {
            return new Tokens(starts, ends, ids, kinds, n);
        }
    }
}
