package app.corroborate.store.sqlite;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Documents and a fixed clock for store tests. */
final class StoreFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-04-15T10:00:00Z"), ZoneOffset.UTC);
    static final String WIRE = "The dam opened its gates on Tuesday after heavy rain. About 1,200 residents were "
            + "evacuated, the governor said. Two people were missing near Eastholm, police said.";

    private StoreFixtures() {
    }

    static SourceDocument doc(String name, String text) {
        try {
            return new SourceImporter().fromBytes(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (ImportException e) {
            throw new AssertionError(e.describe(), e);
        }
    }

    /** Turns a current case file into one as an older product wrote it, schema {@code version} (1 to 3). */
    static void downgrade(Path file, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
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
