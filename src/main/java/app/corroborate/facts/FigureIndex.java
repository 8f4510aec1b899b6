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
 * and listed once by {@link #like}.
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
