package app.corroborate.claim;

import app.corroborate.facts.DateMentions;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.Quotes;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.NumberPhrase;
import app.corroborate.text.Quotations;
import java.util.ArrayList;
import java.util.List;

/**
 * The check-worthy facts of a source: figures with what they count, direct quotations, statements attributed
 * to a named speaker, and dated events. Headlines and page furniture state none.
 */
final class FactFinder {

    private FactFinder() {}

    static List<Fact> in(DocumentAnalysis doc, int source) {
        List<Fact> out = new ArrayList<>();
        for (SentenceInfo s : doc.sentences()) {
            if (s.headline()) {
                continue;
            }
            for (NumberPhrase n : s.numbers()) {
                if (!n.vague() && !Figures.isDatePart(doc, n)) {
                    out.add(new Fact(
                            ClaimKind.FIGURE,
                            source,
                            s.index(),
                            Figures.of(doc, n).span(),
                            n,
                            null));
                }
            }
            for (Quotations.Quotation q : Quotes.of(doc, s)) {
                out.add(new Fact(ClaimKind.QUOTE, source, s.index(), q.outer(), null, q));
            }
            boolean quoted = !Quotes.of(doc, s).isEmpty();
            boolean attributed = s.attribution() != null
                    && s.attribution().speaker() != null
                    && !s.attribution().pronoun();
            if (attributed && !quoted) {
                out.add(new Fact(ClaimKind.ATTRIBUTION, source, s.index(), s.span(), null, null));
            } else if (!quoted
                    && s.numbers().isEmpty()
                    && !DateMentions.in(doc, s).isEmpty()) {
                out.add(new Fact(ClaimKind.EVENT, source, s.index(), s.span(), null, null));
            }
        }
        return out;
    }
}
