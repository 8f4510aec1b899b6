package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.Counts;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.NumberPhrase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A figure changed between a base sentence and its rewrite (41 became 14), or was hedged or made exact (145
 * became "at least 145"). Figures are matched by what they count, so 67 militants is never compared with 145
 * hours; equal values written differently (twelve, 12) are not flagged. Dates and years are left to
 * {@link DateRule}.
 */
public final class NumberRule implements FlagRule {

    /** An edit this short (in characters, a side) substitutes one figure for another in place. */
    private static final int SUBSTITUTION = 40;

    @Override
    public List<Finding> apply(Comparison c) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> changes = new HashSet<>();
        List<AlignedPair> pairs = new ArrayList<>(c.paired());
        pairs.addAll(c.counterparts());
        for (AlignedPair p : pairs) {
            List<Figures.Figure> base = figures(c.base(), c.base().sentence(p.baseIndex()));
            List<Figures.Figure> variant = figures(c.version(), c.version().sentence(p.otherIndex()));
            for (Figures.Figure b : base) {
                Figures.Figure v = partner(c, p, b, base, variant);
                if (v != null && seen.add(b.span() + "|" + v.span())) {
                    Finding f = compare(c, b, v);
                    if (f != null && changes.add(change(b, v))) {
                        out.add(f);
                    }
                }
            }
        }
        out.addAll(RetoldFigures.findings(c, out, changes));
        out.addAll(PersonAges.findings(c, out));
        return out;
    }

    /**
     * One base figure changed to one value is one finding, however often or however hedged the version repeats
     * the value ("at least 42", later "42 people"); when the value is the base's, the hedge is the change.
     */
    static String change(Figures.Figure b, Figures.Figure v) {
        boolean sameValue = b.phrase().low() == v.phrase().low()
                && b.phrase().high() == v.phrase().high();
        return b.span() + "|" + v.phrase().low() + "|" + v.phrase().high()
                + (sameValue ? "|" + v.phrase().hedge() : "");
    }

    /** The same value with the same hedge, whatever word follows it. */
    private static boolean sameAmount(Figures.Figure b, Figures.Figure v) {
        return b.phrase().low() == v.phrase().low()
                && b.phrase().high() == v.phrase().high()
                && b.phrase().hedge() == v.phrase().hedge();
    }

    static List<Figures.Figure> figures(DocumentAnalysis doc, SentenceInfo s) {
        return s.numbers().stream()
                .filter(n -> !Figures.isDatePart(doc, n))
                .map(n -> Figures.of(doc, n))
                .toList();
    }

    /**
     * The variant figure counting the same thing; failing that, the figure that took its place in the same edit,
     * or the only figure of the rewrite when each sentence has just one (and, for a sentence the base's was not
     * aligned with but whose words it holds, it may count the same thing).
     */
    private static Figures.Figure partner(
            Comparison c, AlignedPair p, Figures.Figure b, List<Figures.Figure> base, List<Figures.Figure> all) {
        List<Figures.Figure> variant = all.stream().filter(b::sameKind).toList();
        for (Figures.Figure v : variant) {
            if (sameAmount(b, v) && !accountedFor(v, b, base)) {
                return v; // "about 150 people were injured" kept as "about 150 injured, 72 of them seriously"
            }
        }
        Figures.Figure sameUnit = null;
        int bestShared = -1;
        for (Figures.Figure v : variant) {
            if (b.sameQuantity(v)) {
                return v;
            }
            if (accountedFor(v, b, base)) {
                continue;
            }
            if (b.sameUnit(v) && sameHead(b, v) && Commensurable.sameScale(b, v) && !countOtherThings(c, b, v)) {
                if (v.phrase().low() == b.phrase().low()) {
                    return v;
                }
                int shared = sharedContext(c, b, v);
                if (shared > bestShared) {
                    sameUnit = v;
                    bestShared = shared;
                }
            }
        }
        if (sameUnit != null) {
            return sameUnit;
        }
        for (var e : p.edits()) {
            boolean oneForOne = base.stream()
                                    .filter(x -> e.base().overlaps(x.phrase().span()))
                                    .count()
                            == 1
                    && all.stream()
                                    .filter(x -> e.other().overlaps(x.phrase().span()))
                                    .count()
                            == 1;
            if (e.base().overlaps(b.phrase().span())
                    && oneForOne
                    && e.base().length() <= SUBSTITUTION
                    && e.other().length() <= SUBSTITUTION) {
                for (Figures.Figure v : variant) {
                    boolean unitsComparable =
                            (b.unit().isEmpty() == v.unit().isEmpty() || money(c.base(), b) || money(c.version(), v))
                                    && Commensurable.sameDimension(b, v)
                                    && Commensurable.sameScale(b, v)
                                    && !countOtherThings(c, b, v);
                    if (e.other().overlaps(v.phrase().span()) && unitsComparable) {
                        return v;
                    }
                }
            }
        }
        return base.size() == 1
                        && all.size() == 1
                        && variant.size() == 1
                        && (p.link() != app.corroborate.align.Link.NONE || Counts.comparableUnits(b, variant.get(0)))
                        && Commensurable.sameDimension(b, variant.get(0))
                        && Commensurable.sameScale(b, variant.get(0))
                        && !countOtherThings(c, b, variant.get(0))
                ? variant.get(0)
                : null;
    }

    /**
     * The words around the two figures say they count different things ("seven pupils were killed", "36 pupils
     * were injured"): each has a concept of {@link Counts} and they share none, so one does not retell the other.
     */
    static boolean countOtherThings(Comparison c, Figures.Figure b, Figures.Figure v) {
        Set<String> was = Counts.of(c.base(), b);
        Set<String> now = Counts.of(c.version(), v);
        return !was.isEmpty() && !now.isEmpty() && java.util.Collections.disjoint(was, now);
    }

    /**
     * The figure is written with a currency abbreviation against it ("Sh642 million"): its unit is that currency,
     * though no unit word follows, so it may stand in for an amount whose currency is spelled out ("624 million
     * shillings").
     */
    static boolean money(app.corroborate.facts.DocumentAnalysis doc, Figures.Figure f) {
        int first = doc.tokens().firstStartingAtOrAfter(f.phrase().span().start());
        for (int k = first;
                k < doc.tokens().count()
                        && doc.tokens().start(k) < f.phrase().span().end();
                k++) {
            if (app.corroborate.text.NumberPhrases.currencyPrefix(doc.tokens(), k)) {
                return true;
            }
        }
        return first > 0 && app.corroborate.text.NumberPhrases.currencyPrefix(doc.tokens(), first);
    }

    /**
     * The words right after two figures name the same thing ("41 workers underground" and "420 metres underground"
     * share a word, not what they count), or one of them names nothing.
     */
    private static boolean sameHead(Figures.Figure b, Figures.Figure v) {
        return b.unit().isEmpty()
                || v.unit().isEmpty()
                || b.unit().iterator().next().equals(v.unit().iterator().next())
                || b.unit().contains(v.unit().iterator().next())
                || v.unit().contains(b.unit().iterator().next());
    }

    /**
     * How many words around the two figures say the same of them (see {@link Counts#context}): of several
     * figures of one unit in a rewrite ("seven workers managed to escape, six workers were trapped"), the one
     * trapped is the partner of the base's "five were trapped".
     */
    static int sharedContext(Comparison c, Figures.Figure b, Figures.Figure v) {
        Set<String> theirs = Counts.context(c.version(), v);
        return (int)
                Counts.context(c.base(), b).stream().filter(theirs::contains).count();
    }

    /** A variant figure equal to another base figure belongs to that one, not to {@code b}. */
    private static boolean accountedFor(Figures.Figure v, Figures.Figure b, List<Figures.Figure> base) {
        return base.stream().anyMatch(x -> x != b && x.sameQuantity(v));
    }

    static Finding compare(Comparison c, Figures.Figure b, Figures.Figure v) {
        NumberPhrase x = b.phrase();
        NumberPhrase y = v.phrase();
        String was = Wording.quote(c.base().text(), b.span());
        String now = Wording.quote(c.version().text(), v.span());
        String periodWas = b.sameQuantity(v) ? RatePeriods.of(c.base(), b) : null;
        String periodNow = periodWas == null ? null : RatePeriods.of(c.version(), v);
        if (periodNow != null && !periodNow.equals(periodWas)) {
            return new Finding(
                    FlagKind.NUMBER,
                    Severity.HIGH,
                    b.span(),
                    v.span(),
                    "'" + was + "' became '" + now + "': the same figure is now per " + periodNow + ", not per "
                            + periodWas + ".");
        }
        if (b.sameQuantity(v) && x.hedge() == y.hedge()) {
            return null;
        }
        if (x.vague() || y.vague()) {
            return vagueChange(c, b, v, was, now);
        }
        if (!b.sameQuantity(v)
                && (x.low() != y.low() || x.high() != y.high())
                && !converted(c, b, v)
                && !withinApproximation(x, y)
                && !Roundings.oneOfTheOther(x, y)
                && !Figures.converted(b, v)) {
            return new Finding(
                    FlagKind.NUMBER,
                    Severity.HIGH,
                    b.span(),
                    v.span(),
                    "'" + was + "' became '" + now + "': the figure changed from " + Wording.figure(x.low()) + " to "
                            + Wording.figure(y.low()) + ".");
        }
        if (x.hedge() != y.hedge()
                && !Roundings.withAHedge(x, y)
                && !bothStated(c, b, v)
                && !roundedMeasure(b, v)
                && !estimatedEitherWay(c, b, v)
                && !Figures.converted(b, v)) {
            return new Finding(
                    FlagKind.NUMBER,
                    Severity.HIGH,
                    b.span(),
                    v.span(),
                    "'" + was + "' became '" + now + "': " + hedgeChange(x.hedge(), y.hedge()) + ".");
        }
        return null;
    }

    /**
     * How far apart an approximate figure and another may lie and still be one reading ("about 680,000" and
     * "approximately 678,000"): a hundredth, well inside the rounding a writer of "about" does, and below any
     * change an editor flags in a toll or a count (5 in 200, 1 in 20).
     */
    static final double APPROXIMATION = 0.01;

    /** Either figure is approximate and the two lie within {@link #APPROXIMATION} of each other. */
    private static boolean withinApproximation(NumberPhrase x, NumberPhrase y) {
        boolean approximate =
                x.hedge() == NumberPhrase.Hedge.APPROXIMATE || y.hedge() == NumberPhrase.Hedge.APPROXIMATE;
        double larger = Math.max(Math.abs(x.low()), Math.abs(y.low()));
        return approximate
                && x.low() == x.high()
                && y.low() == y.high()
                && larger > 0
                && Math.abs(x.low() - y.low()) <= APPROXIMATION * larger;
    }

    /**
     * "It estimated the cost at £240,000" became "an estimated £240,000": an exact figure whose own sentence gives it
     * as an estimate is an approximate one, so "an estimated" on the other side changes nothing.
     */
    private static boolean estimatedEitherWay(Comparison c, Figures.Figure b, Figures.Figure v) {
        NumberPhrase.Hedge x = b.phrase().hedge();
        NumberPhrase.Hedge y = v.phrase().hedge();
        return x == NumberPhrase.Hedge.EXACT && y == NumberPhrase.Hedge.APPROXIMATE && estimates(c.base(), b)
                || y == NumberPhrase.Hedge.EXACT && x == NumberPhrase.Hedge.APPROXIMATE && estimates(c.version(), v);
    }

    /** The figure's sentence speaks of an estimate ("estimated", "estimates", "an estimate of"). */
    private static boolean estimates(DocumentAnalysis doc, Figures.Figure f) {
        SentenceInfo s = doc.sentenceAt(f.span().start());
        if (s == null) {
            return false;
        }
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            if (doc.form(i).startsWith("estimat")) {
                return true;
            }
        }
        return false;
    }

    /** Stems of the units of length a distance is given in. */
    private static final Set<String> LENGTHS =
            Set.of("kilometr", "km", "metr", "m", "mile", "kilomet", "meter", "feet", "foot", "yard");

    /**
     * "about two weeks" became "two weeks", "about 90 kilometres away" became "90 km away": a duration or a distance
     * that drops its hedge keeps a round figure that still reads as approximate, where a count ("about 220 jobs"
     * became "220 jobs") now claims to be exact. Adding a hedge stays a change either way.
     */
    private static boolean roundedMeasure(Figures.Figure b, Figures.Figure v) {
        return v.phrase().hedge() == NumberPhrase.Hedge.EXACT
                && b.phrase().hedge() != NumberPhrase.Hedge.RANGE
                && (!Double.isNaN(b.hours()) && !Double.isNaN(v.hours()) || length(b) && length(v));
    }

    private static boolean length(Figures.Figure f) {
        return !f.unit().isEmpty() && LENGTHS.contains(f.unit().iterator().next());
    }

    /**
     * True if the base already states the version's figure, hedge and all, of something it may count: "about 120
     * injured" in one base paragraph makes "about 120" for the base's "120 people" elsewhere a claim of the base.
     * A version that drops a hedge ("at least six" to "six") must also keep the hedged figure somewhere, or it
     * claims more certainty than the base gives.
     */
    private static boolean bothStated(Comparison c, Figures.Figure b, Figures.Figure v) {
        return states(c.base(), v) && (v.phrase().hedge() != NumberPhrase.Hedge.EXACT || states(c.version(), b));
    }

    /** True if the document states this figure's value with its hedge, of something the figure may count. */
    static boolean states(DocumentAnalysis doc, Figures.Figure f) {
        return doc.figuresValued(f.phrase().low(), f.phrase().high()).stream()
                .anyMatch(g -> g.phrase().hedge() == f.phrase().hedge()
                        && Counts.comparableUnits(g, f)
                        && Double.isNaN(g.hours()) == Double.isNaN(f.hours()));
    }

    /** True if either document gives the two values as one amount, one the other's conversion in brackets. */
    private static boolean converted(Comparison c, Figures.Figure b, Figures.Figure v) {
        String pair = b.phrase().low() + "|" + v.phrase().low();
        return Figures.conversions(c.base()).contains(pair)
                || Figures.conversions(c.version()).contains(pair);
    }

    private static Finding vagueChange(Comparison c, Figures.Figure b, Figures.Figure v, String was, String now) {
        NumberPhrase x = b.phrase();
        NumberPhrase y = v.phrase();
        if (x.vague() && y.vague()) {
            return x.low() == y.low()
                    ? null
                    : new Finding(
                            FlagKind.NUMBER,
                            Severity.HIGH,
                            b.span(),
                            v.span(),
                            "'" + was + "' became '" + now + "': the order of magnitude changed.");
        }
        NumberPhrase vague = x.vague() ? x : y;
        NumberPhrase exact = x.vague() ? y : x;
        String why = vague.covers(exact.low())
                ? (y.vague() ? "a precise figure became a vague amount" : "a vague amount became a precise figure")
                : "the amounts do not agree";
        return new Finding(
                FlagKind.NUMBER, Severity.HIGH, b.span(), v.span(), "'" + was + "' became '" + now + "': " + why + ".");
    }

    static String hedgeChange(NumberPhrase.Hedge from, NumberPhrase.Hedge to) {
        return switch (to) {
            case LOWER_BOUND -> from == NumberPhrase.Hedge.EXACT
                    ? "the exact figure is now a lower bound"
                    : "the figure is now a lower bound";
            case UPPER_BOUND -> "the figure is now an upper bound";
            case APPROXIMATE -> from == NumberPhrase.Hedge.EXACT
                    ? "the exact figure is now approximate"
                    : "the figure is now approximate";
            case RANGE -> "the figure is now a range";
            case EXACT -> "a qualified figure is now stated as exact";
            case VAGUE -> "the figure is now vague";
        };
    }
}
