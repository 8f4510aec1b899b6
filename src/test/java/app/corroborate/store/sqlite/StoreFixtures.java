package app.corroborate.store.sqlite;

import app.corroborate.source.SourceDocument;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/** Documents and a fixed clock for store tests. */
final class StoreFixtures {

    static final Clock CLOCK = app.corroborate.store.StoreFixtures.CLOCK;
    static final String WIRE = app.corroborate.store.StoreFixtures.WIRE;

    private StoreFixtures() {}

    static SourceDocument doc(String name, String text) {
        return app.corroborate.store.StoreFixtures.doc(name, text);
    }

    /** Turns a current case file into one as an older product wrote it, schema {@code version} (1 to 3). */
    static void downgrade(Path file, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE verdict DROP COLUMN version");
            s.executeUpdate("ALTER TABLE annotation DROP COLUMN version");
            if (version == 3) {
                s.executeUpdate("PRAGMA user_version = 3");
                return;
            }
            for (String column : List.of("removed", "address", "final_address", "retrieved")) {
                s.executeUpdate("ALTER TABLE source DROP COLUMN " + column);
            }
            s.executeUpdate("ALTER TABLE annotation DROP COLUMN withdrawn");
            if (version < 2) {
                s.executeUpdate("DROP TABLE verdict_snapshot");
            }
            s.executeUpdate("PRAGMA user_version = " + version);
        }
    }
}
