package app.corroborate.text;

/**
 * Folds the surface variants that do not change meaning: quote styles, dashes, non-breaking and other
 * special spaces, invisible characters, letter case and runs of whitespace. Invisible means every format
 * character (Unicode category Cf): soft hyphens, zero-width spaces and joiners, the byte-order mark and the
 * bidirectional embeddings, overrides, isolates and marks, so that text wrapped in them compares as the text.
 *
 * <p>Guarantees: {@link #normalize} keeps an {@link OffsetMap} so that every range of the normalised text maps
 * back to a half-open range of the original; {@link #fold} is the single per-character rule that the tokenizer
 * shares, so comparisons and tokens agree. Linear time.
 */
public final class Normalizer {

    /** Returned by {@link #fold} for characters that are dropped entirely (format characters: zero-width, soft
     *  hyphen, BOM, bidirectional controls). */
    public static final char DROP = '\uFFFF';

    private Normalizer() {}

    /**
     * {@link #foldOne} of every char, worked out once (it is asked for every character of every text): a constant,
     * never written after the class is loaded.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = foldOne((char) c);
        }
    }

    /** The normalised form of one character, {@code ' '} for any space, or {@link #DROP}. */
    public static char fold(char c) {
        return FOLDED[c];
    }

    private static char foldOne(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B ? ' ' : c;
        }
        return foldNonAscii(c);
    }

    private static char foldNonAscii(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u0060', '\u00B4':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
                return '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D':
                return '-';
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
                return DROP;
            default:
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    return ' ';
                }
                if (Character.getType(c) == Character.FORMAT) {
                    return DROP;
                }
                return Character.toLowerCase(c);
        }
    }

    /** True for characters that read as a double or single quotation mark in any common style. */
    public static boolean isQuote(char c) {
        char f = fold(c);
        return f == '"' || f == '\'';
    }

    /**
     * Normalises {@code original}: folds every character, collapses whitespace runs to one space and trims.
     */
    public static NormalizedText normalize(CharSequence original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 1];
        int[] ends = new int[n + 1];
        boolean pendingSpace = false;
        int spaceStart = 0;
        for (int i = 0; i < n; i++) {
            char f = fold(original.charAt(i));
            if (f == DROP) {
                continue;
            }
            if (f == ' ') {
                if (!pendingSpace) {
                    spaceStart = i;
                }
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                append(out, starts, ends, ' ', spaceStart, spaceStart + 1);
            }
            pendingSpace = false;
            append(out, starts, ends, f, i, i + 1);
        }
        int len = out.length();
        return new NormalizedText(
                out.toString(),
                new OffsetMap(java.util.Arrays.copyOf(starts, len), java.util.Arrays.copyOf(ends, len), n));
    }

    /** The text of {@link #normalize} alone, without the offset map (for comparison keys). */
    public static String text(CharSequence original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char f = fold(original.charAt(i));
            if (f == DROP) {
                continue;
            }
            if (f == ' ') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(f);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, int[] starts, int[] ends, char c, int from, int to) {
        starts[out.length()] = from;
        ends[out.length()] = to;
        out.append(c);
    }

    /** Normalised text with the map back to the original. */
    public record NormalizedText(String text, OffsetMap map) {

        /** The original range that the normalised range {@code [start, end)} came from. */
        public Span toOriginal(int start, int end) {
            return map.toOriginal(start, end);
        }
    }
}
