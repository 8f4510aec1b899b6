package app.corroborate.store.postgres;

import app.corroborate.store.CaseException;
import app.corroborate.store.jdbc.CaseSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned migrations of a case on a server: one schema per case ({@code corroborate_NAME}), script
 * {@code V<n>__*.sql} takes it from version n-1 to n (the same versions as the case file's), and the version is
 * kept in the schema's {@code schema_version} table.
 *
 * <p>Guarantees: each migration runs in the caller's transaction with its version, under a lock on the case, so
 * two windows opening an old case at once migrate it once; a case of a newer schema than this build's is refused.
 */
final class ServerMigrations {

    private static final List<String> SCRIPTS = List.of(
            "V1__case.sql", "V2__verdict_snapshot.sql", "V3__removal_and_web_addresses.sql", "V4__versions.sql");

    private ServerMigrations() {}

    static boolean exists(Connection c, String schema) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM information_schema.schemata " + "WHERE schema_name = ?")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Holds the case's lock until the transaction ends (creation and migration). */
    static void lock(Connection c, String schema) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, "corroborate schema " + schema);
            s.executeQuery().close();
        }
    }

    /** Creates the case's schema at the current version; call inside a transaction. */
    static void create(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + ServerConnection.quote(schema));
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES (0)");
        }
        migrate(c);
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Brings the case up to {@link CaseSchema#CURRENT}; refuses a newer one. Call inside a transaction. */
    static void migrate(Connection c) throws SQLException {
        int from = version(c);
        for (int v = from + 1; v <= CaseSchema.CURRENT; v++) {
            try (Statement s = c.createStatement()) {
                s.execute(read(SCRIPTS.get(v - 1)));
                s.executeUpdate("UPDATE schema_version SET version = " + v);
            }
        }
    }

    static void refuseNewer(Connection c) throws SQLException, CaseException {
        int version = version(c);
        if (version > CaseSchema.CURRENT) {
            throw new CaseException("the case was written by a newer version of Corroborate (case schema " + version
                    + "; this version reads up to " + CaseSchema.CURRENT + "); it was left untouched");
        }
    }

    private static String read(String name) {
        try (InputStream in = ServerMigrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
