package app.corroborate.store.sqlite;

import app.corroborate.store.CaseException;
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

/** The verdict table: one row per flag or claim the editor judged, every change written to the audit log. */
final class Verdicts {

    private static final String COLUMNS = "target_kind, target_id, verdict, note, evidence, author, updated";

    private Verdicts() {
    }

    static Optional<VerdictRecord> find(Connection c, Target target, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM verdict WHERE target_kind = ? "
                + "AND target_id = ?")) {
            s.setString(1, target.id());
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    static List<VerdictRecord> all(Connection c) throws SQLException {
        List<VerdictRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM verdict ORDER BY target_kind, "
                + "target_id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(read(r));
            }
        }
        return out;
    }

    static VerdictRecord set(Connection c, Target target, String id, Verdict verdict, String note, String evidence,
            String author, Instant now) throws SQLException, CaseException {
        if (target != Target.FLAG && target != Target.CLAIM) {
            throw new CaseException("verdicts are given on flags and claims");
        }
        VerdictRecord old = find(c, target, id).orElse(null);
        String oldVerdict = old == null ? Verdict.UNREVIEWED.id() : old.verdict().id();
        String newNote = note != null ? note : old == null ? null : old.note();
        String newEvidence = evidence != null ? evidence : old == null ? null : old.evidence();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO verdict (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, "
                + "?, ?) ON CONFLICT (target_kind, target_id) DO UPDATE SET verdict = excluded.verdict, "
                + "note = excluded.note, evidence = excluded.evidence, author = excluded.author, "
                + "updated = excluded.updated")) {
            s.setString(1, target.id());
            s.setString(2, id);
            s.setString(3, verdict.id());
            s.setString(4, newNote);
            s.setString(5, newEvidence);
            s.setString(6, author);
            s.setString(7, now.toString());
            s.executeUpdate();
        }
        AuditLog.record(c, now, author, target, id, "verdict", oldVerdict, verdict.id());
        AuditLog.record(c, now, author, target, id, "note", old == null ? null : old.note(), newNote);
        AuditLog.record(c, now, author, target, id, "evidence", old == null ? null : old.evidence(), newEvidence);
        return new VerdictRecord(target, id, verdict, newNote, newEvidence, author, now);
    }

    private static VerdictRecord read(ResultSet r) throws SQLException {
        try {
            return new VerdictRecord(Target.fromId(r.getString(1)), r.getString(2), Verdict.parse(r.getString(3)),
                    r.getString(4), r.getString(5), r.getString(6), Instant.parse(r.getString(7)));
        } catch (CaseException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }
}
