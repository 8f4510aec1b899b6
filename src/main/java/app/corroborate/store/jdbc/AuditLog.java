package app.corroborate.store.jdbc;

import app.corroborate.store.AuditEntry;
import app.corroborate.store.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The append-only audit log (the schema's triggers refuse updates and deletes). */
public final class AuditLog {

    private static final String SELECT =
            "SELECT seq, at, author, target_kind, target_id, field, old_value, " + "new_value FROM audit";

    private AuditLog() {}

    /** Appends a change when the value actually changed. */
    public static void record(
            Connection c, Instant at, String author, Target target, String id, String field, String old, String now)
            throws SQLException {
        if (Objects.equals(old, now)) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit (at, author, target_kind, target_id, field, "
                + "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, at.toString());
            s.setString(2, author);
            s.setString(3, target.id());
            s.setString(4, id);
            s.setString(5, field);
            s.setString(6, old);
            s.setString(7, now);
            s.executeUpdate();
        }
    }

    public static List<AuditEntry> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY seq")) {
            return read(s);
        }
    }

    public static List<AuditEntry> of(Connection c, Target target, String id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(SELECT + " WHERE target_kind = ? AND target_id = ? ORDER BY seq")) {
            s.setString(1, target.id());
            s.setString(2, id);
            return read(s);
        }
    }

    private static List<AuditEntry> read(PreparedStatement s) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new AuditEntry(
                        r.getLong(1),
                        Instant.parse(r.getString(2)),
                        r.getString(3),
                        Target.fromId(r.getString(4)),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8)));
            }
        }
        return out;
    }
}
