package app.corroborate.ui.compare;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.align.Edit;
import app.corroborate.align.Relation;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every difference of a compared pair in reading order of the compared version: word edits of aligned
 * sentences, added and dropped sentences, moved sentences. Linear in the number of pairs and edits.
 */
public final class Differences {

    private Differences() {}

    public static List<Difference> of(Alignment alignment, ScrollMap map) {
        List<Difference> out = new ArrayList<>();
        for (AlignedPair p : alignment.pairs()) {
            switch (p.relation()) {
                case ADDED -> out.add(new Difference(
                        Relation.ADDED, Span.at(map.facing(Side.OTHER, p.other().start())), p.other()));
                case DROPPED -> out.add(new Difference(
                        Relation.DROPPED,
                        p.base(),
                        Span.at(map.facing(Side.BASE, p.base().start()))));
                case SAME -> {}
                default -> addEdits(p, out);
            }
        }
        out.sort(Comparator.comparingInt((Difference d) -> d.other().start())
                .thenComparingInt(d -> d.base().start()));
        return List.copyOf(out);
    }

    private static void addEdits(AlignedPair p, List<Difference> out) {
        if (p.edits().isEmpty()) {
            out.add(new Difference(p.relation(), p.base(), p.other()));
            return;
        }
        for (Edit e : p.edits()) {
            out.add(new Difference(p.relation(), e.base(), e.other()));
        }
    }

    /** The index after {@code current} (wrapping to 0), or -1 when there is none. */
    public static int next(List<Difference> diffs, int current) {
        return diffs.isEmpty() ? -1 : (current + 1) % diffs.size();
    }

    /** The index of the difference before {@code current} (wrapping to the last), or -1 when there is none. */
    public static int previous(List<Difference> diffs, int current) {
        return diffs.isEmpty() ? -1 : current <= 0 ? diffs.size() - 1 : current - 1;
    }
}
