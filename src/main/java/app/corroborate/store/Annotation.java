package app.corroborate.store;

import app.corroborate.text.Span;
import java.time.Instant;
import java.util.List;

/**
 * A note on a passage of a source, anchored as a W3C Web Annotation: a quote selector, a position selector
 * ({@code position}, null while orphaned) and the hash of the source text it was placed on.
 *
 * @param orphaned true when a newer version of the source no longer holds the passage with confidence
 * @param version  counts the changes of its note, verdict and tags (1 when made); a change made against an older
 *                 version is refused as a {@link ConflictException}; 0 for an annotation not read from a case
 */
public record Annotation(
        String id,
        String sourceId,
        TextQuoteSelector selector,
        Span position,
        String textSha256,
        String note,
        Verdict verdict,
        List<String> tags,
        boolean orphaned,
        String author,
        Instant created,
        Instant updated,
        long version) {

    public Annotation {
        tags = List.copyOf(tags);
    }

    /** An annotation without a version (not read from a case). */
    public Annotation(
            String id,
            String sourceId,
            TextQuoteSelector selector,
            Span position,
            String textSha256,
            String note,
            Verdict verdict,
            List<String> tags,
            boolean orphaned,
            String author,
            Instant created,
            Instant updated) {
        this(id, sourceId, selector, position, textSha256, note, verdict, tags, orphaned, author, created, updated, 0);
    }
}
