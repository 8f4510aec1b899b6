package app.corroborate.store.sqlite;

import static app.corroborate.store.sqlite.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.CaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not usable cases are refused with a clear message and left exactly as they were. */
class BadCaseFilesTest {

    @TempDir
    Path dir;

    private String refusal(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        CaseException e = assertThrows(CaseException.class, () -> SqliteCaseStore.open(file, CLOCK));
        assertArrayEquals(before, Files.readAllBytes(file), "the file is untouched");
        assertTrue(Files.notExists(file.resolveSibling(file.getFileName() + "-wal")), "no journal left behind");
        return e.getMessage();
    }

    @Test
    void aTextFileIsNotACase() throws Exception {
        assertTrue(refusal(Files.writeString(dir.resolve("a.corroborate"), "hello"))
                .contains("not a Corroborate case"));
        assertTrue(
                refusal(Files.write(dir.resolve("e.corroborate"), new byte[0])).contains("empty"));
    }

    @Test
    void anotherSqliteDatabaseIsNotACase() throws Exception {
        Path db = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x)");
        }
        assertTrue(refusal(db).contains("not a Corroborate case"));
    }

    @Test
    void aCaseFromANewerVersionIsLeftUntouched() throws Exception {
        Path file = dir.resolve("new.corroborate");
        SqliteCaseStore.create(file, "x", "y", CLOCK).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = " + (Migrations.CURRENT + 1));
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode = DELETE");
        }
        String message = refusal(file);
        assertTrue(message.contains("newer version"), message);
    }

    @Test
    void aDamagedCaseIsRefused() throws Exception {
        Path file = dir.resolve("broken.corroborate");
        try (SqliteCaseStore store = SqliteCaseStore.create(file, "x", "y", CLOCK)) {
            store.addSource(StoreFixtures.doc("w", StoreFixtures.WIRE.repeat(40)), "w.txt");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096 + 100; i < Math.min(bytes.length, 4096 * 3); i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file, bytes);
        String message = refusal(file);
        assertTrue(message.contains("damaged") || message.contains("could not be used"), message);
    }
}
