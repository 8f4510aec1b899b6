package app.corroborate.claim;

import app.corroborate.text.Span;
import java.util.Map;

/**
 * A check-worthy fact grouped across sources, with each source's stand on it.
 *
 * @param id        stable fingerprint (the same sources give the same id)
 * @param text      the fact as its first source states it (a figure, a quote, a sentence)
 * @param origin    the path of the first source that states it
 * @param span      where the origin states it
 * @param support   each source's stand, by path, in source order
 * @param agreeing  number of independent groups (copies counted once) that state it as the origin does
 */
public record Claim(
        String id, ClaimKind kind, String text, String origin, Span span, Map<String, Support> support, int agreeing)
        implements java.io.Serializable {

    /** True if only one independent group states it. */
    public boolean singleSource() {
        return agreeing <= 1;
    }
}
