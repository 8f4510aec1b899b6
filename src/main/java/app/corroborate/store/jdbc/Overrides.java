package app.corroborate.store.jdbc;

import app.corroborate.store.FurnitureOverride;
import app.corroborate.store.Target;
import app.corroborate.text.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The editor's furniture decisions per source. */
public final class Overrides {

    private Overrides() {}

    public static List<FurnitureOverride> of(Connection c, String sourceId) throws SQLException {
        List<FurnitureOverride> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT start, \"end\", excluded, reason FROM furniture_override "
                + "WHERE source_id = ? ORDER BY start")) {
            s.setString(1, sourceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new FurnitureOverride(
                            sourceId, new Span(r.getInt(1), r.getInt(2)), r.getInt(3) == 1, r.getString(4)));
                }
            }
        }
        return out;
    }

    public static void set(Connection c, FurnitureOverride o, String author, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO furniture_override (source_id, start, \"end\", "
                + "excluded, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_id, start, \"end\") DO UPDATE SET "
                + "excluded = excluded.excluded, reason = excluded.reason")) {
            s.setString(1, o.sourceId());
            s.setInt(2, o.span().start());
            s.setInt(3, o.span().end());
            s.setInt(4, o.excluded() ? 1 : 0);
            s.setString(5, o.reason());
            s.executeUpdate();
        }
        AuditLog.record(
                c,
                now,
                author,
                Target.SOURCE,
                o.sourceId(),
                "furniture " + o.span().start() + "-" + o.span().end(),
                null,
                o.excluded() ? "excluded" : "included");
    }

    /** Forgets the editor's decision on a span: the detector's judgement applies again. */
    public static void clear(Connection c, String sourceId, Span span, String author, Instant now) throws SQLException {
        String old = null;
        for (FurnitureOverride o : of(c, sourceId)) {
            old = o.span().equals(span) ? (o.excluded() ? "excluded" : "included") : old;
        }
        if (old == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM furniture_override WHERE source_id = ? AND " + "start = ? AND \"end\" = ?")) {
            s.setString(1, sourceId);
            s.setInt(2, span.start());
            s.setInt(3, span.end());
            s.executeUpdate();
        }
        AuditLog.record(
                c,
                now,
                author,
                Target.SOURCE,
                sourceId,
                "furniture " + span.start() + "-" + span.end(),
                old,
                "as detected");
    }
}
