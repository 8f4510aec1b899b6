package app.corroborate.store;

import java.time.Instant;

/**
 * The verdict on a flag (by fingerprint) or a claim (by id), with the editor's note and evidence (URLs or free
 * text, one per line).
 *
 * @param version counts the changes of this verdict, note and evidence (1 for the first); a change made against
 *                an older version is refused as a {@link ConflictException}; 0 for a record not read from a case
 */
public record VerdictRecord(
        Target target,
        String targetId,
        Verdict verdict,
        String note,
        String evidence,
        String author,
        Instant updated,
        long version) {

    /** A record without a version (not read from a case). */
    public VerdictRecord(
            Target target,
            String targetId,
            Verdict verdict,
            String note,
            String evidence,
            String author,
            Instant updated) {
        this(target, targetId, verdict, note, evidence, author, updated, 0);
    }
}
