package app.corroborate.align;

import java.util.List;

/**
 * The sentence alignment of two versions.
 *
 * <p>Guarantees: every base sentence and every other sentence appears in at least one pair (as paired, dropped or
 * added); pairs are ordered along the base, with added sentences placed after the pair of the other sentence
 * that precedes them.
 */
public record Alignment(Version base, Version other, List<AlignedPair> pairs) implements java.io.Serializable {

    public Alignment {
        pairs = List.copyOf(pairs);
    }

    /** The same alignment seen from the other side: the other version becomes the base. */
    public Alignment reversed() {
        List<AlignedPair> flipped = pairs.stream()
                .map(Alignment::flip)
                .sorted(java.util.Comparator.comparingInt(
                                (AlignedPair p) -> p.baseIndex() < 0 ? Integer.MAX_VALUE : p.baseIndex())
                        .thenComparingInt(AlignedPair::otherIndex))
                .toList();
        return new Alignment(other, base, flipped);
    }

    private static AlignedPair flip(AlignedPair p) {
        Relation r = p.relation() == Relation.ADDED
                ? Relation.DROPPED
                : p.relation() == Relation.DROPPED ? Relation.ADDED : p.relation();
        Link l = p.link() == Link.SPLIT ? Link.MERGE : p.link() == Link.MERGE ? Link.SPLIT : p.link();
        List<Edit> edits = p.edits().stream()
                .map(e -> new Edit(
                        e.op() == Edit.Op.INSERT
                                ? Edit.Op.DELETE
                                : e.op() == Edit.Op.DELETE ? Edit.Op.INSERT : Edit.Op.REPLACE,
                        e.other(),
                        e.base()))
                .toList();
        return new AlignedPair(r, l, p.similarity(), p.other(), p.base(), p.otherIndex(), p.baseIndex(), edits);
    }

    /** Number of pairs with the given relation. */
    public long count(Relation relation) {
        return pairs.stream().filter(p -> p.relation() == relation).count();
    }
}
