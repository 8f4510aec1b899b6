package app.corroborate.store;

import java.time.Instant;
import java.util.List;

/**
 * What the editor saw when setting a verdict on a flag or a claim: its kind, explanation and the passages of each
 * source it was about, with their texts, context and the hash of the source's raw bytes, and the product version
 * that raised it. Kept with the verdict so that a summary still says what was judged after the engine's rules
 * change or a source is re-imported.
 *
 * @param kind        the flag kind ({@code number}, ...) or the claim kind ({@code figure}, ...)
 * @param severity    the flag's severity, null for a claim
 * @param text        the claim as its first source states it, or the flag's base text (may be empty)
 * @param passages    the flag's base and variant spans, or each source's stand on the claim, in source order
 * @param appVersion  the version of the product (and so of its engine) that computed the flag or claim
 * @param taken       when the snapshot was taken
 */
public record VerdictSnapshot(
        Target target,
        String targetId,
        String kind,
        String severity,
        String explanation,
        String text,
        List<Passage> passages,
        String appVersion,
        Instant taken) {

    public VerdictSnapshot {
        passages = List.copyOf(passages);
    }

    /**
     * One source's passage, as a W3C TextQuoteSelector and TextPositionSelector into the text of the source as it
     * was then ({@code [start, end)} of the text {@code extract} prints for the bytes hashed in {@code sha256}).
     *
     * @param role   {@code base} or {@code variant} for a flag; {@code agrees}, {@code differs} or {@code absent}
     *               for a claim
     * @param start  -1 with {@code end} -1 when the source has no such passage (absent)
     */
    public record Passage(
            String sourceId,
            String label,
            String role,
            String sha256,
            int start,
            int end,
            String exact,
            String prefix,
            String suffix) {

        public boolean present() {
            return start >= 0 && end > start;
        }
    }
}
