package app.corroborate.facts;

import app.corroborate.text.TokenKind;

/**
 * The runs of {@value #LENGTH} consecutive words of a story (figures masked, punctuation skipped), hashed: what
 * survives of a text that another copies with edits. A copy with words inserted here and there (a tabloid's
 * adjectives, an outlet's house style) keeps most long runs; a rewrite, even a light one, breaks nearly all.
 *
 * <p>Guarantees: computed once per source, linear in its length; containment is symmetric and in [0, 1].
 */
public final class Shingles {

    /** Words per run: long enough that two independent reports rarely share one by chance. */
    public static final int LENGTH = 8;

    private Shingles() {}

    /** The hashed word runs of the story sentences of a source, sorted and distinct. */
    public static long[] of(DocumentAnalysis doc) {
        return doc.memo(Shingles.class, d -> {
            long[] out = new long[Math.max(16, d.tokens().count())];
            int size = 0;
            for (SentenceInfo s : d.sentences()) {
                long[] window = new long[LENGTH];
                int n = 0;
                for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
                    TokenKind kind = d.tokens().kind(i);
                    if (kind == TokenKind.PUNCT) {
                        continue;
                    }
                    window[n % LENGTH] =
                            kind == TokenKind.NUMBER ? 35 : d.form(i).hashCode();
                    n++;
                    if (n >= LENGTH) {
                        long h = 1125899906842597L;
                        for (int k = n - LENGTH; k < n; k++) {
                            h = 31 * h + window[k % LENGTH];
                        }
                        out[size++] = h;
                    }
                }
            }
            java.util.Arrays.sort(out, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || out[i] != out[distinct - 1]) {
                    out[distinct++] = out[i];
                }
            }
            return java.util.Arrays.copyOf(out, distinct);
        });
    }

    /** Share of the smaller source's runs that the other also has; 0 when either has none. Linear (a merge). */
    public static double containment(DocumentAnalysis a, DocumentAnalysis b) {
        long[] x = of(a);
        long[] y = of(b);
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / Math.min(x.length, y.length);
    }
}
