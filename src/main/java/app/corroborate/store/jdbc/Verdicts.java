package app.corroborate.store.jdbc;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verdict table: one row per flag or claim the editor judged, with a version counting its changes; every
 * change is written to the audit log, and so is a change refused because it was made against an older version.
 */
public final class Verdicts {

    private static final String COLUMNS = "target_kind, target_id, verdict, note, evidence, author, updated";

    private Verdicts() {}

    /** The outcome of a change: the verdict saved, or (saved null) the newer verdict it was refused against. */
    public record Outcome(VerdictRecord saved, VerdictRecord theirs) {}

    private static String select(Connection c) throws SQLException {
        return "SELECT " + COLUMNS + (CaseSchema.version(c) >= 4 ? ", version" : ", 1") + " FROM verdict";
    }

    public static Optional<VerdictRecord> find(Connection c, Target target, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(select(c) + " WHERE target_kind = ? AND target_id = ?")) {
            s.setString(1, target.id());
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    public static List<VerdictRecord> all(Connection c) throws SQLException {
        List<VerdictRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(select(c) + " ORDER BY target_kind, target_id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(read(r));
            }
        }
        return out;
    }

    /**
     * Sets a verdict if it is still at {@code expected} (0: none yet; {@link CaseStore#ANY_VERSION}: any). The
     * caller holds whatever lock makes the read and the write one step (SQLite's write lock; a server's row lock).
     */
    public static Outcome set(
            Connection c,
            Target target,
            String id,
            Verdict verdict,
            String note,
            String evidence,
            String author,
            Instant now,
            long expected)
            throws SQLException, CaseException {
        if (target != Target.FLAG && target != Target.CLAIM) {
            throw new CaseException("verdicts are given on flags and claims");
        }
        VerdictRecord old = find(c, target, id).orElse(null);
        long current = old == null ? 0 : old.version();
        if (expected != CaseStore.ANY_VERSION && expected != current) {
            AuditLog.record(
                    c,
                    now,
                    author,
                    target,
                    id,
                    "conflict",
                    describe(old),
                    "refused: " + verdict.id() + (note == null ? "" : " (" + note + ")") + " against version "
                            + expected);
            return new Outcome(null, old);
        }
        String newNote = note != null ? note : old == null ? null : old.note();
        String newEvidence = evidence != null ? evidence : old == null ? null : old.evidence();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO verdict (" + COLUMNS + ", version) VALUES (?, ?, ?, "
                + "?, ?, ?, ?, ?) ON CONFLICT (target_kind, target_id) DO UPDATE SET verdict = excluded.verdict, "
                + "note = excluded.note, evidence = excluded.evidence, author = excluded.author, "
                + "updated = excluded.updated, version = excluded.version")) {
            s.setString(1, target.id());
            s.setString(2, id);
            s.setString(3, verdict.id());
            s.setString(4, newNote);
            s.setString(5, newEvidence);
            s.setString(6, author);
            s.setString(7, now.toString());
            s.setLong(8, current + 1);
            s.executeUpdate();
        }
        AuditLog.record(
                c,
                now,
                author,
                target,
                id,
                "verdict",
                old == null ? Verdict.UNREVIEWED.id() : old.verdict().id(),
                verdict.id());
        AuditLog.record(c, now, author, target, id, "note", old == null ? null : old.note(), newNote);
        AuditLog.record(c, now, author, target, id, "evidence", old == null ? null : old.evidence(), newEvidence);
        return new Outcome(new VerdictRecord(target, id, verdict, newNote, newEvidence, author, now, current + 1), old);
    }

    private static String describe(VerdictRecord v) {
        return v == null
                ? "no verdict"
                : v.verdict().id() + (v.note() == null ? "" : " (" + v.note() + ")") + " by " + v.author()
                        + ", version " + v.version();
    }

    private static VerdictRecord read(ResultSet r) throws SQLException {
        try {
            return new VerdictRecord(
                    Target.fromId(r.getString(1)),
                    r.getString(2),
                    Verdict.parse(r.getString(3)),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    Instant.parse(r.getString(7)),
                    r.getLong(8));
        } catch (CaseException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }
}
