package app.corroborate.align;

import app.corroborate.text.Span;
import app.corroborate.text.TokenDictionary;
import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokenizer;
import app.corroborate.text.Tokens;
import java.util.Arrays;

/**
 * A version tokenised once for alignment: tokens, each sentence's token range, a hash of its token sequence and
 * the sorted set of its content-token ids (words and numbers).
 *
 * <p>Guarantees: token ids come from the given dictionary, so two prepared texts sharing one dictionary compare
 * by id; linear time and memory in the size of the text.
 */
final class PreparedText {

    final Version version;
    final Tokens tokens;
    final int[] from;
    final int[] to;
    final long[] hash;
    final int[][] content;
    final int[][] numbers;
    final double[][] values;
    private int[] scratch = new int[256];

    PreparedText(Version version, TokenDictionary dictionary, ContentKeys keys) {
        this(version, new Tokenizer(dictionary).tokenize(version.text()), dictionary, keys);
    }

    /**
     * A version already tokenised with {@code dictionary}. Makes the content keys it needs that {@code keys} lacks;
     * after {@link #makeKeys} for this version it only reads {@code keys}, so several versions can be prepared at
     * once.
     */
    PreparedText(Version version, Tokens tokens, TokenDictionary dictionary, ContentKeys keys) {
        this.version = version;
        this.tokens = tokens;
        boolean[] lowerSeen = lowerCaseForms(tokens, dictionary.size());
        int n = version.sentences().size();
        from = new int[n];
        to = new int[n];
        hash = new long[n];
        content = new int[n][];
        numbers = new int[n][];
        values = new double[n][];
        for (int s = 0; s < n; s++) {
            Span span = version.sentences().get(s);
            from[s] = tokens.firstStartingAtOrAfter(span.start());
            to[s] = Math.max(from[s], tokens.firstStartingAtOrAfter(span.end()));
            hash[s] = sequenceHash(from[s], to[s]);
            content[s] = contentSet(from[s], to[s], keys, lowerSeen);
            numbers[s] = numberSet(from[s], to[s], keys);
            values[s] = numberValues(from[s], to[s], dictionary);
        }
    }

    int sentences() {
        return from.length;
    }

    Span sentence(int s) {
        return version.sentences().get(s);
    }

    boolean sameTokens(int s, PreparedText other, int t) {
        if (hash[s] != other.hash[t] || to[s] - from[s] != other.to[t] - other.from[t]) {
            return false;
        }
        for (int k = 0; k < to[s] - from[s]; k++) {
            if (tokens.id(from[s] + k) != other.tokens.id(other.from[t] + k)) {
                return false;
            }
        }
        return true;
    }

    private long sequenceHash(int a, int b) {
        long h = 1125899906842597L;
        for (int i = a; i < b; i++) {
            h = 31 * h + tokens.id(i);
        }
        return h;
    }

    /** Stem keys of the figures (digit tokens) of a sentence, sorted. */
    private int[] numberSet(int a, int b, ContentKeys keys) {
        int count = numbersIn(a, b);
        if (count == 0) {
            return NONE;
        }
        int[] ids = new int[count];
        int n = 0;
        for (int i = a; i < b; i++) {
            if (tokens.kind(i) == TokenKind.NUMBER) {
                ids[n++] = keys.stem(tokens.id(i));
            }
        }
        Arrays.sort(ids);
        return unique(ids, n);
    }

    /** The values of the digit figures of a sentence (1,200 and 1.2 read as numbers). */
    private double[] numberValues(int a, int b, TokenDictionary dictionary) {
        int count = numbersIn(a, b);
        if (count == 0) {
            return NO_VALUES;
        }
        double[] out = new double[count];
        int n = 0;
        for (int i = a; i < b; i++) {
            if (tokens.kind(i) == TokenKind.NUMBER) {
                Double v = app.corroborate.text.NumberPhrases.parseDigits(dictionary.form(tokens.id(i)));
                if (v != null) {
                    out[n++] = v;
                }
            }
        }
        return n == count ? out : Arrays.copyOf(out, n);
    }

    private int numbersIn(int a, int b) {
        int n = 0;
        for (int i = a; i < b; i++) {
            if (tokens.kind(i) == TokenKind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    /** Shared by every sentence without figures (never written to). */
    private static final int[] NONE = new int[0];

    private static final double[] NO_VALUES = new double[0];

    /**
     * Makes the content keys that preparing this version needs, in the order its preparation would make them (so
     * keys get the same ids as when versions are prepared one after another). Linear in the version's tokens.
     */
    static void makeKeys(Version version, Tokens tokens, TokenDictionary dictionary, ContentKeys keys) {
        boolean[] lowerSeen = lowerCaseForms(tokens, dictionary.size());
        for (Span span : version.sentences()) {
            int a = tokens.firstStartingAtOrAfter(span.start());
            int b = Math.max(a, tokens.firstStartingAtOrAfter(span.end()));
            for (int i = a; i < b; i++) {
                if (tokens.kind(i) != TokenKind.PUNCT) {
                    keys.stem(tokens.id(i));
                    if (tokens.kind(i) == TokenKind.WORD && !lowerSeen[tokens.id(i)]) {
                        keys.skeleton(tokens.id(i));
                    }
                }
            }
        }
    }

    /** For each token form, whether the text ever writes it with a lower-case initial. */
    private static boolean[] lowerCaseForms(Tokens tokens, int size) {
        boolean[] seen = new boolean[size];
        for (int i = 0; i < tokens.count(); i++) {
            if (!tokens.capitalized(i)) {
                seen[tokens.id(i)] = true;
            }
        }
        return seen;
    }

    /** Stem keys of the words and numbers, plus skeleton keys of names. */
    private int[] contentSet(int a, int b, ContentKeys keys, boolean[] lowerSeen) {
        if (scratch.length < 2 * (b - a)) {
            scratch = new int[Math.max(2 * (b - a), scratch.length * 2)];
        }
        int[] ids = scratch;
        int n = 0;
        for (int i = a; i < b; i++) {
            if (tokens.kind(i) == TokenKind.PUNCT) {
                continue;
            }
            int id = tokens.id(i);
            ids[n++] = keys.stem(id);
            if (tokens.kind(i) == TokenKind.WORD && !lowerSeen[id] && keys.skeleton(id) >= 0) {
                ids[n++] = keys.skeleton(id);
            }
        }
        Arrays.sort(ids, 0, n);
        return unique(ids, n);
    }

    /** The distinct values of {@code sorted[0, length)}, in a new array. */
    private static int[] unique(int[] sorted, int length) {
        if (length == 0) {
            return NONE;
        }
        int n = 1;
        for (int i = 1; i < length; i++) {
            if (sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
