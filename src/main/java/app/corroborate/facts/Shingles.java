package app.corroborate.facts;

import app.corroborate.text.TokenKind;
import java.util.HashSet;
import java.util.Set;

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

    private Shingles() {
    }

    /** The hashed word runs of the story sentences of a source. */
    public static Set<Long> of(DocumentAnalysis doc) {
        return doc.memo(Shingles.class, d -> {
            Set<Long> out = new HashSet<>();
            for (SentenceInfo s : d.sentences()) {
                long[] window = new long[LENGTH];
                int n = 0;
                for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
                    TokenKind kind = d.tokens().kind(i);
                    if (kind == TokenKind.PUNCT) {
                        continue;
                    }
                    window[n % LENGTH] = kind == TokenKind.NUMBER ? 35 : d.form(i).hashCode();
                    n++;
                    if (n >= LENGTH) {
                        long h = 1125899906842597L;
                        for (int k = n - LENGTH; k < n; k++) {
                            h = 31 * h + window[k % LENGTH];
                        }
                        out.add(h);
                    }
                }
            }
            return Set.copyOf(out);
        });
    }

    /** Share of the smaller source's runs that the other also has; 0 when either has none. */
    public static double containment(DocumentAnalysis a, DocumentAnalysis b) {
        Set<Long> x = of(a);
        Set<Long> y = of(b);
        Set<Long> small = x.size() <= y.size() ? x : y;
        Set<Long> large = small == x ? y : x;
        if (small.isEmpty()) {
            return 0;
        }
        return (double) small.stream().filter(large::contains).count() / small.size();
    }
}
