package app.corroborate.align;

import app.corroborate.text.Span;
import java.util.Locale;

/**
 * A word-level difference inside an aligned pair.
 *
 * @param base  the range in the base text (empty for an insertion: the position where it goes)
 * @param other the range in the other text (empty for a deletion: the position where it was)
 */
public record Edit(Op op, Span base, Span other) implements java.io.Serializable {

    /** The kind of edit. */
    public enum Op {
        INSERT,
        DELETE,
        REPLACE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
