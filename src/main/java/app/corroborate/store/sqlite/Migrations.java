package app.corroborate.store.sqlite;

import app.corroborate.store.jdbc.CaseSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: script {@code V<n>__*.sql} takes a case from schema n-1 to n. The schema version
 * is SQLite's {@code user_version}; the {@code application_id} marks the file as a case.
 *
 * <p>Guarantees: each migration runs in one transaction with its version bump, so a case is never left between
 * two versions; a case with a newer schema than {@link #CURRENT} is never migrated (the caller refuses it).
 */
final class Migrations {

    /** The newest case schema this build reads and writes. */
    static final int CURRENT = CaseSchema.CURRENT;
    /** "CRBR": marks an SQLite file as a case file. */
    static final int APPLICATION_ID = 0x43524252;

    private static final List<String> SCRIPTS = List.of(
            "V1__case.sql", "V2__verdict_snapshot.sql", "V3__removal_and_web_addresses.sql", "V4__versions.sql");

    private Migrations() {}

    static int version(Connection c) throws SQLException {
        return pragma(c, "user_version");
    }

    static int applicationId(Connection c) throws SQLException {
        return pragma(c, "application_id");
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Brings the schema up to {@link #CURRENT}; call inside a write transaction. */
    static void migrate(Connection c) throws SQLException {
        int from = version(c);
        for (int v = from + 1; v <= CURRENT; v++) {
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(SCRIPTS.get(v - 1)))) {
                    s.executeUpdate(sql);
                }
                s.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                s.executeUpdate("PRAGMA user_version = " + v);
            }
        }
    }

    /** Statements of a script: split at a semicolon that ends a line; comment lines dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
