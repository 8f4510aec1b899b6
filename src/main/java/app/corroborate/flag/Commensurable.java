package app.corroborate.flag;

import app.corroborate.facts.Counts;
import app.corroborate.facts.Figures;

/**
 * Whether two figures can stand for each other at all, whatever the words around them: one scale (a changed figure
 * moves by a digit or a scale word, not by ten thousand times) and one dimension (a duration is no count, a measure
 * no count of people, a length no weight).
 *
 * <p>Guarantees: pure functions of the two figures, constant time.
 */
final class Commensurable {

    private Commensurable() {}

    /**
     * How far apart two figures that stand in for each other may be: a misread or changed figure moves by a digit,
     * a decimal point or a scale word (1.2 million and 12 million, million and billion: up to 1,000 times), not by
     * more; a headline's "₹412-crore fraud" and another headline's "₹25,000" cap (165,000 times) are two quantities.
     */
    static final double SAME_SCALE = 10_000;

    static boolean sameScale(Figures.Figure b, Figures.Figure v) {
        return ratio(b, v) < SAME_SCALE;
    }

    /** How many times the larger figure is the smaller, by their lower values; 1 when either is 0. */
    static double ratio(Figures.Figure b, Figures.Figure v) {
        double x = Math.abs(b.phrase().low());
        double y = Math.abs(v.phrase().low());
        return x == 0 || y == 0 ? 1 : Math.max(x, y) / Math.min(x, y);
    }

    /**
     * A duration ("almost 3 hours") is never a count of people or things ("six people"), nor the reverse; nor is a
     * measure ("more than 80 feet") a count ("around 25 people"), or a length a weight.
     */
    static boolean sameDimension(Figures.Figure b, Figures.Figure v) {
        return Double.isNaN(b.hours()) == Double.isNaN(v.hours()) && !measureAgainstCount(b, v);
    }

    /**
     * Two known measures of different dimensions (metres, tonnes), or a known measure against a count of people or
     * things ("80 feet", "25 people"); a unit the measures do not know ("45 tons") decides nothing.
     */
    private static boolean measureAgainstCount(Figures.Figure b, Figures.Figure v) {
        int x = b.dimension();
        int y = v.dimension();
        if (b.unit().isEmpty() || v.unit().isEmpty() || x == y) {
            return false;
        }
        return x >= 0 && y >= 0 || x >= 0 && Counts.counted(v) || y >= 0 && Counts.counted(b);
    }
}
