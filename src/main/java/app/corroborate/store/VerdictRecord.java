package app.corroborate.store;

import java.time.Instant;

/**
 * The verdict on a flag (by fingerprint) or a claim (by id), with the editor's note and evidence (URLs or free
 * text, one per line).
 */
public record VerdictRecord(Target target, String targetId, Verdict verdict, String note, String evidence,
        String author, Instant updated) {
}
