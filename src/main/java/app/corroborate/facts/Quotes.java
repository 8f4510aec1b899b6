package app.corroborate.facts;

import app.corroborate.text.Quotations;
import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The direct quotations of a sentence that count as quotes: at least {@value #MIN_WORDS} words inside the marks
 * (a single scare-quoted word is wording, not a quote).
 */
public final class Quotes {

    /** Separates a quote (three words or more) from scare quotes around a word or two. */
    public static final int MIN_WORDS = 3;

    /**
     * Two quotations are one quote (retold, trimmed or altered) when their content words overlap this much
     * (Jaccard): separates a quote with a word or two changed from another quote of the same speaker. Chosen on the
     * seeds and the invented stories.
     */
    public static final double SAME_QUOTE = 0.5;

    private Quotes() {}

    /** The quotes of a story sentence (read once per document, for all its sentences). */
    public static List<Quotations.Quotation> of(DocumentAnalysis doc, SentenceInfo s) {
        List<List<Quotations.Quotation>> all = doc.memo(Quotes.class, d -> {
            List<List<Quotations.Quotation>> out = new ArrayList<>(d.sentences().size());
            for (SentenceInfo x : d.sentences()) {
                out.add(x.quotations().isEmpty() ? List.of() : read(d, x));
            }
            return out;
        });
        return s.index() < all.size() && doc.sentence(s.index()) == s ? all.get(s.index()) : read(doc, s);
    }

    private static List<Quotations.Quotation> read(DocumentAnalysis doc, SentenceInfo s) {
        return s.quotations().stream()
                .filter(q -> words(doc, q.inner()) >= MIN_WORDS)
                .toList();
    }

    private static int words(DocumentAnalysis doc, Span span) {
        int[] r = doc.tokenRange(span);
        int n = 0;
        for (int i = r[0]; i < r[1]; i++) {
            if (doc.tokens().kind(i) != TokenKind.PUNCT) {
                n++;
            }
        }
        return n;
    }
}
