package app.corroborate.store;

import java.time.Instant;

/** One change of a verdict, note, evidence or tag: what, old and new value, who and when. */
public record AuditEntry(
        long seq,
        Instant at,
        String author,
        Target target,
        String targetId,
        String field,
        String oldValue,
        String newValue) {}
