package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Quotes;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Normalizer;
import app.corroborate.text.Quotations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A base quotation the version replaced, in place, by other words under the same speech tag ("'Crews are clearing
 * the debris now,' he added" became "'Teams were still busy at the scene,' he added"): the base sentence
 * is left unpaired, and the version's sentence, unpaired too, follows the version's partner of the sentence before
 * it and ends with the same words after its quotation. Too few words are shared for the alignment or a lookup by
 * words to meet them; the place and the tag say they are one quote.
 *
 * <p>Guarantees: each base sentence is matched with at most one version sentence, each a sentence whose quote is
 * followed by a tag of at least one word; linear in the two documents' sentences.
 */
final class QuotesInPlace {

    /** One base quote and the version's quote that replaced it. */
    record Replaced(SentenceInfo base, Quotations.Quotation was, SentenceInfo version, Quotations.Quotation now) {}

    private QuotesInPlace() {}

    /** The replaced quotes of the comparison, by base sentence index. */
    static Map<Integer, Replaced> of(Comparison c) {
        Map<Integer, Replaced> out = new HashMap<>();
        for (int i = 1; i < c.base().sentences().size(); i++) {
            if (!c.pairedWithBase(i).isEmpty() || c.pairedWithBase(i - 1).isEmpty()) {
                continue;
            }
            int j = c.pairedWithBase(i - 1)
                            .get(c.pairedWithBase(i - 1).size() - 1)
                            .otherIndex()
                    + 1;
            if (j <= 0
                    || j >= c.version().sentences().size()
                    || !c.pairedWithVersion(j).isEmpty()) {
                continue;
            }
            SentenceInfo b = c.base().sentence(i);
            SentenceInfo v = c.version().sentence(j);
            Quotations.Quotation was = last(c.base(), b);
            Quotations.Quotation now = last(c.version(), v);
            if (was != null && now != null && sameTag(c, b, was, v, now)) {
                out.put(i, new Replaced(b, was, v, now));
            }
        }
        return out;
    }

    private static Quotations.Quotation last(DocumentAnalysis doc, SentenceInfo s) {
        List<Quotations.Quotation> q = Quotes.of(doc, s);
        return q.isEmpty() ? null : q.get(q.size() - 1);
    }

    /**
     * The words after the two quotations, to the end of their sentences, are the same and not empty (a quotation
     * that runs on past its sentence has no tag there).
     */
    private static boolean sameTag(
            Comparison c, SentenceInfo b, Quotations.Quotation was, SentenceInfo v, Quotations.Quotation now) {
        if (was.outer().end() > b.span().end() || now.outer().end() > v.span().end()) {
            return false;
        }
        String x = Normalizer.text(
                c.base().text().substring(was.outer().end(), b.span().end()));
        String y = Normalizer.text(
                c.version().text().substring(now.outer().end(), v.span().end()));
        String tag = QuoteWords.plain(x);
        return !tag.isBlank() && tag.equals(QuoteWords.plain(y));
    }
}
