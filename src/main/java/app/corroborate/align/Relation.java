package app.corroborate.align;

import java.util.Locale;

/** How a sentence of one version relates to the other version. */
public enum Relation {
    /** Same words (after normalisation), in order. */
    SAME,
    /** Reworded or edited, in order. */
    CHANGED,
    /** Paired with a sentence that sits elsewhere in the order (possibly also changed). */
    MOVED,
    /** Only in the other version. */
    ADDED,
    /** Only in the base version. */
    DROPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
