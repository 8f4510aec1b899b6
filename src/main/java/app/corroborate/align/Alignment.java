package app.corroborate.align;

import java.util.List;

/**
 * The sentence alignment of two versions.
 *
 * <p>Guarantees: every base sentence and every other sentence appears in at least one pair (as paired, dropped or
 * added); pairs are ordered along the base, with added sentences placed after the pair of the other sentence
 * that precedes them.
 */
public record Alignment(Version base, Version other, List<AlignedPair> pairs) {

    public Alignment {
        pairs = List.copyOf(pairs);
    }

    /** Number of pairs with the given relation. */
    public long count(Relation relation) {
        return pairs.stream().filter(p -> p.relation() == relation).count();
    }
}
