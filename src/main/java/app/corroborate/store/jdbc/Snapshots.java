package app.corroborate.store.jdbc;

import app.corroborate.store.Target;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.store.VerdictSnapshot.Passage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verdict snapshot table (schema 2): one row per flag or claim, replaced each time a verdict is set with a
 * snapshot. A case still at schema 1 (opened read-only, so not migrated) simply has no snapshots.
 */
public final class Snapshots {

    private static final String COLUMNS =
            "target_kind, target_id, kind, severity, explanation, text, passages, " + "app_version, taken";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Passage>> PASSAGES = new TypeReference<>() {};

    private Snapshots() {}

    public static void put(Connection c, VerdictSnapshot s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO verdict_snapshot (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target_kind, target_id) DO UPDATE SET "
                + "kind = excluded.kind, severity = excluded.severity, explanation = excluded.explanation, "
                + "text = excluded.text, passages = excluded.passages, app_version = excluded.app_version, "
                + "taken = excluded.taken")) {
            p.setString(1, s.target().id());
            p.setString(2, s.targetId());
            p.setString(3, s.kind());
            p.setString(4, s.severity());
            p.setString(5, s.explanation());
            p.setString(6, s.text());
            p.setString(7, write(s.passages()));
            p.setString(8, s.appVersion());
            p.setString(9, s.taken().toString());
            p.executeUpdate();
        }
    }

    public static Optional<VerdictSnapshot> find(Connection c, Target target, String id) throws SQLException {
        if (CaseSchema.version(c) < 2) {
            return Optional.empty();
        }
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM verdict_snapshot " + "WHERE target_kind = ? AND target_id = ?")) {
            p.setString(1, target.id());
            p.setString(2, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    public static List<VerdictSnapshot> all(Connection c) throws SQLException {
        List<VerdictSnapshot> out = new ArrayList<>();
        if (CaseSchema.version(c) < 2) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement(
                        "SELECT " + COLUMNS + " FROM verdict_snapshot ORDER BY " + "target_kind, target_id");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(read(r));
            }
        }
        return out;
    }

    private static VerdictSnapshot read(ResultSet r) throws SQLException {
        return new VerdictSnapshot(
                Target.fromId(r.getString(1)),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                parse(r.getString(7)),
                r.getString(8),
                Instant.parse(r.getString(9)));
    }

    private static String write(List<Passage> passages) throws SQLException {
        try {
            return JSON.writeValueAsString(passages);
        } catch (JsonProcessingException e) {
            throw new SQLException("the verdict snapshot cannot be written", e);
        }
    }

    private static List<Passage> parse(String json) throws SQLException {
        try {
            return JSON.readValue(json, PASSAGES);
        } catch (JsonProcessingException e) {
            throw new SQLException("a verdict snapshot is damaged", e);
        }
    }
}
