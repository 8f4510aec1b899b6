package app.corroborate.align;

import app.corroborate.text.Span;
import java.util.List;

/**
 * A sentence of the base paired with a sentence of the other version, or a sentence present in only one.
 *
 * @param base       the base sentence, null for an added sentence
 * @param other      the other version's sentence, null for a dropped sentence
 * @param baseIndex  index of the base sentence in its version, -1 if none
 * @param otherIndex index of the other sentence in its version, -1 if none
 * @param similarity weighted word overlap in [0, 1] (1 for identical words)
 * @param edits      word-level edits, ranges into both original texts; empty for same, added and dropped
 */
public record AlignedPair(
        Relation relation,
        Link link,
        double similarity,
        Span base,
        Span other,
        int baseIndex,
        int otherIndex,
        List<Edit> edits)
        implements java.io.Serializable {

    public AlignedPair {
        edits = List.copyOf(edits);
    }

    public boolean paired() {
        return base != null && other != null;
    }
}
