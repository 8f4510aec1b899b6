package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.Counts;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.NumberPhrase;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures of the version that count what a base figure counts (the same concept nearby: deaths, injuries, the
 * missing ...) but stand in a sentence the alignment did not pair with it (reordered, merged, retold). A value the
 * base never states is compared with the first such base figure; a value the base states, but bounded the other
 * way ("about 80 injured" retold as "more than 80 injured"), is compared with the base figure of that value.
 *
 * <p>Guarantees: headline figures, vague amounts, figures already compared in a pair, figures of a sentence
 * that speaks of a superseded figure are left alone, and a base figure too far apart to stand for the version's (see
 * {@link #RETOLD_SCALE}) is never its counterpart: the next reading (by concept, by unit, by the words around it) is
 * tried instead; one finding per change (see {@link NumberRule#change}).
 */
final class RetoldFigures {

    /** Words that mark a figure as one given earlier and since replaced ("police initially put the toll at 63"). */
    private static final Set<String> SUPERSEDED =
            Set.of("initially", "originally", "previously", "revised", "earlier", "preliminary");

    private RetoldFigures() {}

    static List<Finding> findings(Comparison c, List<Finding> found, Set<String> changes) {
        Set<Span> used = new HashSet<>();
        found.forEach(f -> used.add(f.variantSpan()));
        Map<String, List<Figures.Figure>> byConcept = byConcept(c);
        Map<String, List<Figures.Figure>> baseByUnit = byUnit(c.base());
        Map<String, List<Figures.Figure>> versionByUnit = byUnit(c.version());
        List<Finding> out = new ArrayList<>();
        retold(c, used, byConcept, baseByUnit, versionByUnit, changes, out);
        out.addAll(HeadlineFigures.findings(c, baseByUnit, changes, used));
        return out;
    }

    private static void retold(
            Comparison c,
            Set<Span> used,
            Map<String, List<Figures.Figure>> byConcept,
            Map<String, List<Figures.Figure>> baseByUnit,
            Map<String, List<Figures.Figure>> versionByUnit,
            Set<String> changes,
            List<Finding> out) {
        for (SentenceInfo s : c.version().sentences()) {
            for (Figures.Figure v : s.headline() ? List.<Figures.Figure>of() : NumberRule.figures(c.version(), s)) {
                Set<String> concepts = Counts.of(c.version(), v);
                if (used.contains(v.span()) || v.phrase().vague() || superseded(c, s) || part(c.version(), v)) {
                    continue;
                }
                // the base figure it retells: by what it counts, else by its unit, else by the words around it;
                // a reading that places it against a figure too far apart gives way to the next
                List<java.util.function.Supplier<Figures.Figure>> readings = List.of(
                        () -> concepts.isEmpty() ? null : counterpart(c, v, concepts, byConcept),
                        () -> onlyOfItsUnit(c, v, baseByUnit, versionByUnit),
                        () -> RetoldInContext.of(c, v, baseByUnit));
                for (var reading : readings) {
                    Figures.Figure b = reading.get();
                    if (b == null || Commensurable.ratio(b, v) > RETOLD_SCALE) {
                        continue; // "two people" died, "5,900 people" live there: not one count retold
                    }
                    Finding f = NumberRule.compare(c, b, v);
                    if (f != null && changes.add(NumberRule.change(b, v))) {
                        out.add(f);
                    }
                    break;
                }
            }
        }
    }

    /**
     * The figures of a document outside its headlines by each word of their unit ("customers" and "sweating" in
     * "700,000 customers sweating", "long" and "hours" in "14 long hours"); figures without a unit word (an amount
     * of money, "PHP412.6 million in cash") under {@link RetoldInContext#NO_UNIT}.
     */
    private static Map<String, List<Figures.Figure>> byUnit(DocumentAnalysis doc) {
        return doc.memo(UnitIndex.class, d -> new UnitIndex(readByUnit(d))).byUnit();
    }

    /** A document's figures by the words of their units, kept with the document (the base serves every version). */
    private record UnitIndex(Map<String, List<Figures.Figure>> byUnit) {}

    private static Map<String, List<Figures.Figure>> readByUnit(DocumentAnalysis doc) {
        Map<String, List<Figures.Figure>> out = new HashMap<>();
        for (SentenceInfo s : doc.sentences()) {
            for (Figures.Figure f : s.headline() ? List.<Figures.Figure>of() : NumberRule.figures(doc, s)) {
                for (String word : f.unit()) {
                    out.computeIfAbsent(word, k -> new ArrayList<>()).add(f);
                }
                if (f.unit().isEmpty()) {
                    out.computeIfAbsent(RetoldInContext.NO_UNIT, k -> new ArrayList<>())
                            .add(f);
                }
            }
        }
        return out;
    }

    /**
     * The one figure sharing a word of {@code f}'s unit, or null when there is none or more than one (the same value
     * said again, up to {@value #REPEATS} times, is one; constant work per word: a long list is refused at once).
     */
    private static Figures.Figure single(Figures.Figure f, Map<String, List<Figures.Figure>> byUnit) {
        Figures.Figure one = null;
        for (String word : f.unit()) {
            List<Figures.Figure> found = byUnit.getOrDefault(word, List.of());
            if (found.size() > REPEATS || !found.isEmpty() && !allOneValue(found)) {
                return null;
            }
            if (!found.isEmpty() && one != null && !sameValue(found.get(0), one)) {
                return null;
            }
            one = found.isEmpty() ? one : found.get(0);
        }
        return one;
    }

    /** A figure said again for emphasis ("sixty scripts a day. Sixty scripts.") is still one figure: at most this many times. */
    private static final int REPEATS = 3;

    private static boolean allOneValue(List<Figures.Figure> found) {
        return found.stream().allMatch(g -> sameValue(g, found.get(0)));
    }

    private static boolean sameValue(Figures.Figure a, Figures.Figure b) {
        return a.phrase().low() == b.phrase().low()
                && a.phrase().high() == b.phrase().high();
    }

    /**
     * For a figure near no concept word, or one no base figure of its concept retells: the base's one figure counting the same thing by a word of its unit, when
     * each document states exactly one figure of that unit outside its headlines, of the same kind, and neither
     * states the other's value anywhere ("left about 680,000 customers without power" retold as "leaving some
     * 700,000 customers sweating"). A unit counted more than once on either side is left to the aligned pairs:
     * which figure retells which cannot be told.
     */
    private static Figures.Figure onlyOfItsUnit(
            Comparison c,
            Figures.Figure v,
            Map<String, List<Figures.Figure>> baseByUnit,
            Map<String, List<Figures.Figure>> versionByUnit) {
        Figures.Figure b = single(v, baseByUnit);
        Figures.Figure mine = b == null ? null : single(b, versionByUnit);
        Figures.Figure self = single(v, versionByUnit);
        if (b == null || mine == null || self == null || !sameValue(mine, v) || !sameValue(self, v)) {
            return null;
        }
        boolean sameValue = b.phrase().low() == v.phrase().low()
                && b.phrase().high() == v.phrase().high();
        if (sameValue
                || b.phrase().vague()
                || !b.sameKind(v)
                || NumberRule.countOtherThings(c, b, v)
                || valued(c.base(), v)
                || valued(c.version(), b)) {
            return null;
        }
        return b;
    }

    /**
     * The document states the figure's value somewhere, however bounded, counting a comparable thing (the minutes of
     * a clock time, the 30 of "08:30", state no count).
     */
    static boolean valued(DocumentAnalysis doc, Figures.Figure f) {
        return doc.figuresValued(f.phrase().low(), f.phrase().high()).stream()
                .anyMatch(g -> Counts.comparableUnits(g, f)
                        && !app.corroborate.facts.DateMentions.isTimePart(doc, g.phrase()));
    }

    /** The base's exact-valued figures by the concepts they count, headlines left out. */
    private static Map<String, List<Figures.Figure>> byConcept(Comparison c) {
        Map<String, List<Figures.Figure>> out = new HashMap<>();
        for (SentenceInfo s : c.base().sentences()) {
            for (Figures.Figure b : s.headline() ? List.<Figures.Figure>of() : NumberRule.figures(c.base(), s)) {
                for (String concept : Counts.of(c.base(), b)) {
                    if (!b.phrase().vague()) {
                        out.computeIfAbsent(concept, k -> new ArrayList<>()).add(b);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The base figure to compare {@code v} with: for a value the base states, the figure of that value bounded
     * otherwise (null when the base also bounds it the same way, or when either is stated as exact: a retelling
     * that drops a hedge is loose wording, a bound turned the other way is a different claim); for a value it does
     * not state, the first base figure counting the same thing.
     */
    private static Figures.Figure counterpart(
            Comparison c, Figures.Figure v, Set<String> concepts, Map<String, List<Figures.Figure>> byConcept) {
        Figures.Figure first = null;
        Figures.Figure bound = null;
        boolean stated = c.base().figuresLike(v).stream().anyMatch(v::sameQuantity);
        for (String concept : concepts) {
            boolean firstOfConcept = true;
            for (Figures.Figure b : byConcept.getOrDefault(concept, List.of())) {
                boolean sameValue = b.phrase().low() == v.phrase().low()
                        && b.phrase().high() == v.phrase().high();
                stated |= sameValue;
                if (!said(c, concept, b, v) || !Counts.comparableUnits(b, v) || !b.sameKind(v)) {
                    continue;
                }
                if (firstOfConcept
                        && (first == null || b.span().start() < first.span().start())) {
                    first = b;
                }
                firstOfConcept = false;
                bound = bound == null && sameValue && otherBound(b, v) ? b : bound;
            }
        }
        if (stated) {
            return bound != null && !NumberRule.states(c.base(), v) ? bound : null;
        }
        return first;
    }

    /**
     * How far apart a figure and its retelling in another sentence may be: a hundred times at most (a digit
     * dropped or added twice); further apart, two sentences that share only a unit speak of two quantities.
     */
    static final double RETOLD_SCALE = 100;

    /** Whether the base figure may be the one the version's speaks of (the same people, by the words around). */
    private static boolean said(Comparison c, String concept, Figures.Figure b, Figures.Figure v) {
        return !Counts.who(concept) || NumberRule.sharedContext(c, b, v) > 0;
    }

    /** Both figures are bounded or approximate, and not the same way. */
    private static boolean otherBound(Figures.Figure b, Figures.Figure v) {
        NumberPhrase.Hedge x = b.phrase().hedge();
        NumberPhrase.Hedge y = v.phrase().hedge();
        return x != y && bounded(x) && bounded(y);
    }

    private static boolean bounded(NumberPhrase.Hedge h) {
        return h == NumberPhrase.Hedge.LOWER_BOUND
                || h == NumberPhrase.Hedge.UPPER_BOUND
                || h == NumberPhrase.Hedge.APPROXIMATE;
    }

    private static final Set<String> OF_WHICH = Set.of("them", "whom", "those", "these", "which");

    /**
     * The figure counts part of another ("150 injured, 72 of them seriously", "including four children"): a
     * share of a whole, never a retelling of the whole.
     */
    private static boolean part(DocumentAnalysis doc, Figures.Figure v) {
        int[] r = doc.tokenRange(v.phrase().span());
        int after = r[1];
        while (after < doc.tokens().count() && doc.tokens().kind(after) == app.corroborate.text.TokenKind.PUNCT) {
            after++;
        }
        boolean ofThem = after + 1 < doc.tokens().count()
                && doc.form(after).equals("of")
                && OF_WHICH.contains(doc.form(after + 1));
        boolean including = r[0] > 0 && doc.form(r[0] - 1).equals("including");
        return ofThem || including;
    }

    /** True if the sentence speaks of a figure since replaced: a past figure, not the version's claim. */
    private static boolean superseded(Comparison c, SentenceInfo s) {
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            if (SUPERSEDED.contains(c.version().form(i))) {
                return true;
            }
        }
        return false;
    }
}
