package app.corroborate.claim;

import java.util.Locale;

/** What sort of check-worthy fact a claim is. */
public enum ClaimKind {
    /** A figure with what it counts. */
    FIGURE,
    /** A direct quotation with its speaker. */
    QUOTE,
    /** A dated event. */
    EVENT,
    /** A statement attributed to a named speaker. */
    ATTRIBUTION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
