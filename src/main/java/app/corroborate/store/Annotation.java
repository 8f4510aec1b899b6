package app.corroborate.store;

import app.corroborate.text.Span;
import java.time.Instant;
import java.util.List;

/**
 * A note on a passage of a source, anchored as a W3C Web Annotation: a quote selector, a position selector
 * ({@code position}, null while orphaned) and the hash of the source text it was placed on.
 *
 * @param orphaned true when a newer version of the source no longer holds the passage with confidence
 */
public record Annotation(String id, String sourceId, TextQuoteSelector selector, Span position, String textSha256,
        String note, Verdict verdict, List<String> tags, boolean orphaned, String author, Instant created,
        Instant updated) {

    public Annotation {
        tags = List.copyOf(tags);
    }
}
