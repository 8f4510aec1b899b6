package app.corroborate.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one story by value (the low and high ends of a range) and by duration in hours, built once per
 * document, so that finding the figures that may be the same quantity as another costs a lookup.
 *
 * <p>Guarantees: every figure of every sentence is indexed; a figure with a duration is found under both keys,
 * and listed once by {@link #like}; a single positive value is also indexed rounded to one, two and three
 * significant digits (see {@link #roundingTo}).
 */
final class FigureIndex {

    private final Map<String, List<Figures.Figure>> index = new HashMap<>();

    private FigureIndex(DocumentAnalysis d) {
        for (SentenceInfo s : d.sentences()) {
            for (app.corroborate.text.NumberPhrase n : s.numbers()) {
                Figures.Figure g = Figures.of(d, n);
                index.computeIfAbsent(valueKey(g.phrase().low(), g.phrase().high()), k -> new ArrayList<>())
                        .add(g);
                if (!Double.isNaN(g.hours())) {
                    index.computeIfAbsent(hoursKey(g.hours()), k -> new ArrayList<>())
                            .add(g);
                }
                if (g.phrase().low() == g.phrase().high() && g.phrase().low() > 0) {
                    for (int digits = 1; digits <= ROUNDED_DIGITS; digits++) {
                        index.computeIfAbsent(roundedKey(g.phrase().low(), digits), k -> new ArrayList<>())
                                .add(g);
                    }
                }
            }
        }
    }

    /** The index of {@code d}, built on first use. */
    static FigureIndex of(DocumentAnalysis d) {
        return d.memo(FigureIndex.class, FigureIndex::new);
    }

    /** Equal value, or equal duration in hours. */
    List<Figures.Figure> like(Figures.Figure f) {
        List<Figures.Figure> out =
                new ArrayList<>(valued(f.phrase().low(), f.phrase().high()));
        double h = f.hours();
        if (!Double.isNaN(h)) {
            for (Figures.Figure g : index.getOrDefault(hoursKey(h), List.of())) {
                if (!out.contains(g)) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /**
     * The figures whose single value, rounded to the significant digits {@code value} is written with, is
     * {@code value} ("19,050" and "19,000"; "6,214" and "6,200"): what an approximate round figure may stand for.
     * Empty for a value with more than {@value #ROUNDED_DIGITS} significant digits or none.
     */
    List<Figures.Figure> roundingTo(double value) {
        int digits = significant(value);
        return digits < 1 || digits > ROUNDED_DIGITS
                ? List.of()
                : index.getOrDefault(roundedKey(value, digits), List.of());
    }

    /** Significant digits a round figure is indexed by: a figure written with more is no rounding. */
    static final int ROUNDED_DIGITS = 3;

    private static int significant(double value) {
        if (value <= 0 || value != Math.rint(value) || value >= 1e15) {
            return 0;
        }
        long v = (long) value;
        while (v % 10 == 0) {
            v /= 10;
        }
        return Long.toString(v).length();
    }

    private static String roundedKey(double value, int digits) {
        return "r" + digits + "|"
                + java.math.BigDecimal.valueOf(value)
                        .round(new java.math.MathContext(digits))
                        .doubleValue();
    }

    List<Figures.Figure> valued(double low, double high) {
        return index.getOrDefault(valueKey(low, high), List.of());
    }

    private static String valueKey(double low, double high) {
        return low + "|" + high;
    }

    private static String hoursKey(double hours) {
        return "h" + Math.round(hours * 3600);
    }
}
