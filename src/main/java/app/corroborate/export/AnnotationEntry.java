package app.corroborate.export;

import app.corroborate.store.Verdict;
import app.corroborate.text.Span;
import java.time.Instant;
import java.util.List;

/**
 * An annotation in the summary: its quoted passage, note and verdict.
 *
 * @param position null while orphaned
 * @param sha256   the hash of the raw bytes of the source version the passage is anchored on, null when unknown
 */
public record AnnotationEntry(
        String id,
        String sourceId,
        String sourceLabel,
        String exact,
        String prefix,
        String suffix,
        Span position,
        String sha256,
        String note,
        Verdict verdict,
        List<String> tags,
        boolean orphaned,
        String author,
        Instant created) {

    public AnnotationEntry {
        tags = List.copyOf(tags);
    }
}
