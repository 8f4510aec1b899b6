package app.corroborate.export;

import java.time.Instant;
import java.util.List;

/**
 * The verified summary of a case: what the editor hands on when the checking is done. Built by
 * {@link SummaryBuilder}, written by the {@link ExportFormat}s.
 *
 * <p>Guarantees: every flag and claim of the current analysis, and every verdict on one the engine no longer
 * raises, is in exactly one of {@code verified}, {@code contested}, {@code unverifiable} and {@code unreviewed},
 * by its verdict (an item without a verdict is unreviewed, never verified); {@code counts} counts those lists.
 *
 * @param created   when the case was created
 * @param exported  when this summary was made (UTC)
 * @param contested the false and disputed items
 */
public record Summary(
        String title,
        String editor,
        Instant created,
        Instant exported,
        String appVersion,
        Publisher publisher,
        List<SummarySource> sources,
        Counts counts,
        List<Item> verified,
        List<Item> contested,
        List<Item> unverifiable,
        List<Item> unreviewed,
        List<AnnotationEntry> annotations) {

    public Summary {
        sources = List.copyOf(sources);
        verified = List.copyOf(verified);
        contested = List.copyOf(contested);
        unverifiable = List.copyOf(unverifiable);
        unreviewed = List.copyOf(unreviewed);
        annotations = List.copyOf(annotations);
    }

    /** How many items the summary holds, by verdict. */
    public record Counts(int items, int verified, int falseItems, int disputed, int unverifiable, int unreviewed) {}

    /** The source of a passage by its id, or null. */
    public SummarySource source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
