package app.corroborate.store.sqlite;

import static app.corroborate.store.sqlite.StoreFixtures.CLOCK;
import static app.corroborate.store.sqlite.StoreFixtures.WIRE;
import static app.corroborate.store.sqlite.StoreFixtures.doc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.CaseException;
import app.corroborate.store.ReadOnlyCaseException;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a case file does (the rest of the store's guarantees are in {@link SqliteContractTest}). */
class SqliteCaseStoreTest {

    @TempDir
    Path dir;

    private SqliteCaseStore newCase() throws CaseException {
        SqliteCaseStore store = SqliteCaseStore.create(dir.resolve("flood.corroborate"), "Flood", "Mara", CLOCK);
        store.addSource(doc("wire.txt", WIRE), "wire.txt");
        store.addSource(doc("rewrite.txt", WIRE.replace("1,200", "2,100")), "rewrite.txt");
        return store;
    }

    private static String pragma(SqliteCaseStore store, String name) throws Exception {
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void aCaseKeepsItsSourcesWithRawBytesAndTheFirstIsTheBase() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            List<StoredSource> sources = store.sources();
            assertEquals(2, sources.size());
            assertTrue(sources.get(0).base());
            assertEquals("wire.txt", sources.get(0).fileName());
            assertArrayEquals(
                    WIRE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    store.raw(sources.get(0).id()));
            assertEquals("wal", pragma(store, "journal_mode"));
            assertEquals("1", pragma(store, "foreign_keys"));
            assertEquals("Mara", store.info().editor());
            CaseException twice = assertThrows(CaseException.class, () -> store.addSource(doc("w", WIRE), "again.txt"));
            assertTrue(twice.getMessage().contains("already in this case"));
        }
    }

    @Test
    void theAuditLogIsAppendOnly() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            store.setVerdict(Target.CLAIM, "c1", Verdict.FALSE, "no", null, "Mara");
            try (Statement s = store.connection().createStatement()) {
                assertThrows(java.sql.SQLException.class, () -> s.executeUpdate("DELETE FROM audit"));
                assertThrows(java.sql.SQLException.class, () -> s.executeUpdate("UPDATE audit SET author = 'x'"));
            }
        }
    }

    @Test
    void aSecondWindowOpensReadOnlyAndSeesCommittedWork() throws Exception {
        try (SqliteCaseStore first = newCase()) {
            try (SqliteCaseStore second = SqliteCaseStore.open(first.file(), CLOCK)) {
                assertTrue(second.readOnly());
                ReadOnlyCaseException e = assertThrows(
                        ReadOnlyCaseException.class,
                        () -> second.setVerdict(Target.FLAG, "f", Verdict.FALSE, null, null, "x"));
                assertTrue(e.getMessage().contains("open in another window"));
                first.setVerdict(Target.FLAG, "f", Verdict.VERIFIED, null, null, "Mara");
                assertEquals(
                        Verdict.VERIFIED,
                        second.verdict(Target.FLAG, "f").orElseThrow().verdict());
            }
        }
        try (SqliteCaseStore again = SqliteCaseStore.open(dir.resolve("flood.corroborate"), CLOCK)) {
            assertFalse(again.readOnly(), "the lock is released when the first window closes");
        }
    }

    @Test
    void aFullDiskLeavesNoHalfWrittenChange() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            try (Statement s = store.connection().createStatement()) {
                ResultSet r = s.executeQuery("PRAGMA page_count");
                r.next();
                s.execute("PRAGMA max_page_count = " + r.getInt(1));
            }
            String big = "x".repeat(200_000);
            CaseException e = assertThrows(
                    CaseException.class, () -> store.setVerdict(Target.FLAG, "f", Verdict.FALSE, big, null, "Mara"));
            assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
            assertTrue(store.verdict(Target.FLAG, "f").isEmpty());
            assertTrue(store.audit().stream().noneMatch(a -> a.targetId().equals("f")), "no audit entry either");
        }
    }

    @Test
    void backupWhileOpenIsAUsableCase() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            store.setVerdict(Target.FLAG, "f", Verdict.VERIFIED, "ok", null, "Mara");
            Path copy = dir.resolve("copy.corroborate");
            store.backup(copy);
            try (SqliteCaseStore backup = SqliteCaseStore.open(copy, CLOCK)) {
                assertEquals(2, backup.sources().size());
                assertEquals(
                        Verdict.VERIFIED,
                        backup.verdict(Target.FLAG, "f").orElseThrow().verdict());
            }
            assertThrows(CaseException.class, () -> store.backup(copy), "never overwrites a file");
        }
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path existing = Files.writeString(dir.resolve("notes.corroborate"), "my notes");
        assertThrows(CaseException.class, () -> SqliteCaseStore.create(existing, "x", "y", CLOCK));
        assertEquals("my notes", Files.readString(existing));
    }
}
