package app.corroborate.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The version of the case schema on a connection. Both stores keep the same tables, columns and versions (the
 * scripts differ only where the dialects do): a case file records its version in SQLite's {@code user_version}
 * and may be read at an older one (read-only media); a case on a server is always migrated before it is used.
 */
public final class CaseSchema {

    /** The newest case schema this build reads and writes, on both stores. */
    public static final int CURRENT = 4;

    private CaseSchema() {}

    public static int version(Connection c) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().startsWith("SQLite")) {
            return CURRENT;
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
