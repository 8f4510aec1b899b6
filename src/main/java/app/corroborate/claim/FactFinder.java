package app.corroborate.claim;

import app.corroborate.flag.DateMentions;
import app.corroborate.flag.DocumentAnalysis;
import app.corroborate.flag.Figures;
import app.corroborate.flag.QuoteRule;
import app.corroborate.flag.SentenceInfo;
import app.corroborate.text.NumberPhrase;
import app.corroborate.text.Quotations;
import java.util.ArrayList;
import java.util.List;

/**
 * The check-worthy facts of a source: figures with what they count, direct quotations, statements attributed
 * to a named speaker, and dated events. Headlines and page furniture state none.
 */
final class FactFinder {

    private FactFinder() {
    }

    static List<Fact> in(DocumentAnalysis doc, int source) {
        List<Fact> out = new ArrayList<>();
        for (SentenceInfo s : doc.sentences()) {
            if (s.headline()) {
                continue;
            }
            for (NumberPhrase n : s.numbers()) {
                if (!n.vague() && !Figures.isDatePart(doc, n)) {
                    out.add(new Fact(ClaimKind.FIGURE, source, s.index(), Figures.of(doc, n).span(), n, null));
                }
            }
            for (Quotations.Quotation q : QuoteRule.quotes(doc, s)) {
                out.add(new Fact(ClaimKind.QUOTE, source, s.index(), q.outer(), null, q));
            }
            boolean quoted = !QuoteRule.quotes(doc, s).isEmpty();
            boolean attributed = s.attribution() != null && s.attribution().speaker() != null
                    && !s.attribution().pronoun();
            if (attributed && !quoted) {
                out.add(new Fact(ClaimKind.ATTRIBUTION, source, s.index(), s.span(), null, null));
            } else if (!quoted && s.numbers().isEmpty() && !DateMentions.in(doc, s).isEmpty()) {
                out.add(new Fact(ClaimKind.EVENT, source, s.index(), s.span(), null, null));
            }
        }
        return out;
    }
}
