package app.corroborate.store.jdbc;

import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.source.SourceMetadata;
import app.corroborate.source.WebProvenance;
import app.corroborate.store.StoredSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The source table: one row per source, with its raw bytes, extracted text and metadata. A removed source keeps
 * its row (bytes, history, annotations) with the time it was removed; a case still at schema 2 (opened read-only,
 * so not migrated) has no removed or fetched sources.
 */
public final class Sources {

    private static final String COLUMNS = "id, position, is_base, file_name, path, sha256, format, encoding, title, "
            + "outlet, published, byline, imported, text, text_sha256";
    private static final String LATER_COLUMNS = ", address, final_address, retrieved, removed";
    private static final String LATER_COLUMNS_ABSENT = ", NULL, NULL, NULL, NULL";

    private Sources() {}

    public static String idFor(SourceDocument doc) {
        return "src-" + doc.sha256().substring(0, 12);
    }

    public static String textSha(String text) {
        return SourceImporter.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static void insert(
            Connection c,
            String id,
            int position,
            boolean base,
            SourceDocument doc,
            String fileName,
            WebProvenance web,
            Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO source (" + COLUMNS + ", raw, address, "
                + "final_address, retrieved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, position);
            s.setInt(3, base ? 1 : 0);
            bindDocument(s, 4, doc, fileName, now);
            s.setString(17, web == null ? null : web.address());
            s.setString(18, web == null ? null : web.finalAddress());
            s.setString(19, web == null ? null : web.retrieved().toString());
            s.executeUpdate();
        }
    }

    /** Binds file name, path, hash, format, encoding, metadata, time, text, text hash and raw from {@code at}. */
    private static void bindDocument(PreparedStatement s, int at, SourceDocument doc, String fileName, Instant now)
            throws SQLException {
        SourceMetadata m = doc.metadata();
        s.setString(at, fileName);
        s.setString(at + 1, doc.path());
        s.setString(at + 2, doc.sha256());
        s.setString(at + 3, doc.format().id());
        s.setString(at + 4, doc.encoding());
        s.setString(at + 5, m.title());
        s.setString(at + 6, m.outlet());
        s.setString(at + 7, m.published());
        s.setString(at + 8, m.byline());
        s.setString(at + 9, now.toString());
        s.setString(at + 10, doc.text());
        s.setString(at + 11, textSha(doc.text()));
        s.setBytes(at + 12, doc.raw());
    }

    /** Moves the current version of a source to the history and stores the newer one under the same id. */
    public static void replace(Connection c, String id, SourceDocument doc, String fileName, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO source_history (source_id, file_name, raw, sha256, "
                + "text, imported, replaced) SELECT id, file_name, raw, sha256, text, imported, ? FROM source "
                + "WHERE id = ?")) {
            s.setString(1, now.toString());
            s.setString(2, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE source SET file_name = ?, path = ?, sha256 = ?, "
                + "format = ?, encoding = ?, title = ?, outlet = ?, published = ?, byline = ?, imported = ?, "
                + "text = ?, text_sha256 = ?, raw = ? WHERE id = ?")) {
            bindDocument(s, 1, doc, fileName, now);
            s.setString(14, id);
            s.executeUpdate();
        }
    }

    /** The sources in the comparison, the base first. */
    public static List<StoredSource> all(Connection c) throws SQLException {
        return select(c, false);
    }

    /** The sources the editor removed, in the order they were imported. */
    public static List<StoredSource> removed(Connection c) throws SQLException {
        return select(c, true);
    }

    private static List<StoredSource> select(Connection c, boolean removed) throws SQLException {
        boolean later = CaseSchema.version(c) >= 3;
        if (removed && !later) {
            return List.of();
        }
        String where = !later ? "" : removed ? " WHERE removed IS NOT NULL" : " WHERE removed IS NULL";
        List<StoredSource> out = new ArrayList<>();
        try (PreparedStatement s =
                        c.prepareStatement("SELECT " + COLUMNS + (later ? LATER_COLUMNS : LATER_COLUMNS_ABSENT)
                                + " FROM source" + where + " ORDER BY is_base DESC, position");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(read(r));
            }
        }
        return out;
    }

    private static StoredSource read(ResultSet r) throws SQLException {
        String address = r.getString(16);
        WebProvenance web =
                address == null ? null : new WebProvenance(address, r.getString(17), Instant.parse(r.getString(18)));
        String removed = r.getString(19);
        return new StoredSource(
                r.getString(1),
                r.getInt(2),
                r.getInt(3) == 1,
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                r.getString(11),
                r.getString(12),
                Instant.parse(r.getString(13)),
                r.getString(14),
                r.getString(15),
                web,
                removed == null ? null : Instant.parse(removed));
    }

    /** Marks a source removed (or back in the comparison when {@code when} is null); it keeps everything else. */
    public static void markRemoved(Connection c, String id, Instant when) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE source SET removed = ?, is_base = 0 WHERE id = ?")) {
            s.setString(1, when == null ? null : when.toString());
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    /** Makes {@code id} the base (the only one). */
    public static void makeBase(Connection c, String id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE source SET is_base = CASE WHEN id = ? THEN 1 ELSE 0 END")) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    public static byte[] raw(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT raw FROM source WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        }
    }

    /** Every source row, removed ones included (the next position). */
    public static int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM source");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
