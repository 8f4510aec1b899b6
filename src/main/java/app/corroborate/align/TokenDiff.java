package app.corroborate.align;

import app.corroborate.text.Span;
import app.corroborate.text.Tokens;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level edits between two token sequences (java-diff-utils, Myers) mapped back to character ranges.
 *
 * <p>Guarantees: each edit's ranges are half-open offsets into the original texts; a deletion has an empty
 * range in the other text at the position where the words were, an insertion an empty range in the base.
 * Quadratic only in the length of the sentences compared, never in the length of the documents.
 */
final class TokenDiff {

    private TokenDiff() {}

    /** A run of tokens of one text: token indices in order, and where an empty run sits. */
    record Side(Tokens tokens, int[] indices, int emptyAt) {

        List<Integer> ids() {
            List<Integer> ids = new ArrayList<>(indices.length);
            for (int i : indices) {
                ids.add(tokens.id(i));
            }
            return ids;
        }

        Span span(int position, int size) {
            if (size > 0) {
                return new Span(tokens.start(indices[position]), tokens.end(indices[position + size - 1]));
            }
            if (position > 0) {
                return Span.at(tokens.end(indices[position - 1]));
            }
            return Span.at(indices.length > 0 ? tokens.start(indices[0]) : emptyAt);
        }
    }

    static List<Edit> diff(Side base, Side other) {
        List<Edit> edits = new ArrayList<>();
        for (AbstractDelta<Integer> d : DiffUtils.diff(base.ids(), other.ids()).getDeltas()) {
            Chunk<Integer> s = d.getSource();
            Chunk<Integer> t = d.getTarget();
            Edit.Op op = s.size() == 0 ? Edit.Op.INSERT : t.size() == 0 ? Edit.Op.DELETE : Edit.Op.REPLACE;
            edits.add(new Edit(op, base.span(s.getPosition(), s.size()), other.span(t.getPosition(), t.size())));
        }
        return edits;
    }
}
