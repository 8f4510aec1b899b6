package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Relation;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.Quotes;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.NumberPhrase;
import java.util.ArrayList;
import java.util.List;

/**
 * A base fact the version leaves out. In a copy of the base (the same wire text) every dropped sentence is a
 * deliberate cut and is flagged; in an independent rewrite only a dropped sentence that states a figure or a
 * direct quote the version gives nowhere is, since rewrites routinely leave out background.
 */
public final class DroppedSentenceRule implements FlagRule {

    @Override
    public List<Finding> apply(Comparison c) {
        List<Finding> out = new ArrayList<>();
        for (AlignedPair p : c.alignment().pairs()) {
            if (p.relation() != Relation.DROPPED) {
                continue;
            }
            SentenceInfo s = c.base().sentence(p.baseIndex());
            if (s.headline()) {
                continue;
            }
            String lost = lostFact(c, s);
            if (c.copyOfBase() && !figuresKept(c, s) || lost != null) {
                String why = lost != null ? lost : "this version otherwise copies the base";
                out.add(new Finding(FlagKind.SENTENCE_DROPPED, Severity.MEDIUM, s.span(), null,
                        "This base sentence is missing from the version (" + why + "): '"
                                + Wording.quote(c.baseText(s.span()), 90) + "'."));
            }
        }
        return out;
    }

    /** A figure or quote of the sentence that the version gives nowhere, described; null if none. */
    private static String lostFact(Comparison c, SentenceInfo s) {
        for (NumberPhrase n : s.numbers()) {
            if (!n.vague() && !Figures.isDatePart(c.base(), n) && !mentions(c.version(), n)) {
                return "its figure '" + Wording.quote(c.base().text(), n.span()) + "' appears nowhere in the version";
            }
        }
        for (int i = s.tokenFrom(); i + 1 < s.tokenTo(); i++) {
            String ordinal = c.base().form(i);
            if (ORDINALS.contains(ordinal) && !saysOrdinal(c.version(), ordinal, c.base().form(i + 1))) {
                return "its '" + ordinal + " " + c.base().form(i + 1) + "' appears nowhere in the version";
            }
        }
        for (var q : Quotes.of(c.base(), s)) {
            var words = ContentWords.of(c.base(), q.inner());
            boolean kept = !c.version().quotesLike(words).isEmpty();
            if (!kept) {
                return "its quotation appears nowhere in the version";
            }
        }
        return null;
    }

    /** A sentence whose figures all reappear elsewhere in the version was rewritten, not cut. */
    private static boolean figuresKept(Comparison c, SentenceInfo s) {
        List<NumberPhrase> figures = s.numbers().stream().filter(n -> !Figures.isDatePart(c.base(), n)).toList();
        return !figures.isEmpty() && figures.stream().allMatch(n -> restated(c, n));
    }

    /** The version states the same figure counting the same thing (a figure without a unit matches any). */
    private static boolean restated(Comparison c, NumberPhrase n) {
        Figures.Figure f = Figures.of(c.base(), n);
        return c.version().figuresLike(f).stream().anyMatch(m -> m.phrase().low() == n.low()
                && m.phrase().high() == n.high() && (f.unit().isEmpty() || f.sameUnit(m)));
    }

    private static final java.util.Set<String> ORDINALS = java.util.Set.of(
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    /** True if the version uses the ordinal with the same following word (or its stem). */
    private static boolean saysOrdinal(DocumentAnalysis doc, String ordinal, String next) {
        java.util.Set<String> said = doc.memo(ORDINALS, d -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (SentenceInfo s : d.sentences()) {
                for (int i = s.tokenFrom(); i + 1 < s.tokenTo(); i++) {
                    if (ORDINALS.contains(d.form(i))) {
                        out.add(d.form(i) + " " + app.corroborate.text.Stemmer.stem(d.form(i + 1)));
                    }
                }
            }
            return out;
        });
        return said.contains(ordinal + " " + app.corroborate.text.Stemmer.stem(next));
    }

    private static boolean mentions(DocumentAnalysis doc, NumberPhrase n) {
        return !doc.figuresValued(n.low(), n.high()).isEmpty();
    }
}
