package app.corroborate.store.sqlite;

import static app.corroborate.store.sqlite.StoreFixtures.CLOCK;
import static app.corroborate.store.sqlite.StoreFixtures.WIRE;
import static app.corroborate.store.sqlite.StoreFixtures.doc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.Annotation;
import app.corroborate.store.AuditEntry;
import app.corroborate.store.CaseException;
import app.corroborate.store.ReadOnlyCaseException;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.text.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
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
            assertArrayEquals(WIRE.getBytes(java.nio.charset.StandardCharsets.UTF_8), store.raw(sources.get(0).id()));
            assertEquals("wal", pragma(store, "journal_mode"));
            assertEquals("1", pragma(store, "foreign_keys"));
            assertEquals("Mara", store.info().editor());
            CaseException twice = assertThrows(CaseException.class, () -> store.addSource(doc("w", WIRE), "again.txt"));
            assertTrue(twice.getMessage().contains("already in this case"));
        }
    }

    @Test
    void verdictsPersistAndEveryChangeIsAudited() throws Exception {
        Path file;
        try (SqliteCaseStore store = newCase()) {
            file = store.file();
            store.setVerdict(Target.FLAG, "abc123", Verdict.DISPUTED, "figure unconfirmed", "https://example.org", "Mara");
            store.setVerdict(Target.FLAG, "abc123", Verdict.VERIFIED, null, null, "Joss");
        }
        try (SqliteCaseStore store = SqliteCaseStore.open(file, CLOCK)) {
            var v = store.verdict(Target.FLAG, "abc123").orElseThrow();
            assertEquals(Verdict.VERIFIED, v.verdict());
            assertEquals("figure unconfirmed", v.note(), "a null note keeps the current one");
            List<AuditEntry> verdicts = store.audit().stream().filter(a -> a.field().equals("verdict")).toList();
            assertEquals(List.of("unreviewed>disputed", "disputed>verified"),
                    verdicts.stream().map(a -> a.oldValue() + ">" + a.newValue()).toList());
            assertEquals("Joss", verdicts.get(1).author());
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
    void annotationsAreAnchoredAndUpdatable() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            String source = store.sources().get(1).id();
            String text = store.sources().get(1).text();
            int at = text.indexOf("2,100 residents");
            Annotation a = store.annotate(source, new Span(at, at + 15), "check", Verdict.UNREVIEWED, List.of("figures"),
                    "Mara");
            assertEquals("2,100 residents", a.selector().exact());
            assertEquals(store.sources().get(1).textSha256(), a.textSha256());
            Annotation b = store.updateAnnotation(a.id(), null, Verdict.DISPUTED, null, "Joss");
            assertEquals("check", b.note());
            assertEquals(Verdict.DISPUTED, store.annotations().get(0).verdict());
            assertEquals(List.of("figures"), store.annotations().get(0).tags());
        }
    }

    @Test
    void reimportReanchorsAndOrphansWithoutLosingTheOldVersion() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            StoredSource wire = store.sources().get(0);
            int kept = wire.text().indexOf("About 1,200 residents");
            int gone = wire.text().indexOf("Two people were missing");
            store.annotate(wire.id(), new Span(kept, kept + 21), "kept", Verdict.VERIFIED, List.of(), "Mara");
            store.annotate(wire.id(), new Span(gone, gone + 23), "gone", Verdict.UNREVIEWED, List.of(), "Mara");
            String updated = "UPDATED: " + WIRE.replace("Two people were missing near Eastholm, police said.",
                    "Rescuers found everyone safe.");
            List<Annotation> orphans = store.reimport(wire.id(), doc("wire-v2.txt", updated), "wire-v2.txt", "Mara");
            assertEquals(List.of("gone"), orphans.stream().map(Annotation::note).toList());
            Annotation moved = store.annotations().stream().filter(a -> a.note().equals("kept")).findFirst().orElseThrow();
            assertEquals("About 1,200 residents", moved.position().of(store.sources().get(0).text()));
            assertFalse(moved.orphaned());
            try (Statement s = store.connection().createStatement();
                    ResultSet r = s.executeQuery("SELECT count(*) FROM source_history")) {
                r.next();
                assertEquals(1, r.getInt(1));
            }
        }
    }

    @Test
    void aSecondWindowOpensReadOnlyAndSeesCommittedWork() throws Exception {
        try (SqliteCaseStore first = newCase()) {
            try (SqliteCaseStore second = SqliteCaseStore.open(first.file(), CLOCK)) {
                assertTrue(second.readOnly());
                ReadOnlyCaseException e = assertThrows(ReadOnlyCaseException.class,
                        () -> second.setVerdict(Target.FLAG, "f", Verdict.FALSE, null, null, "x"));
                assertTrue(e.getMessage().contains("open in another window"));
                first.setVerdict(Target.FLAG, "f", Verdict.VERIFIED, null, null, "Mara");
                assertEquals(Verdict.VERIFIED, second.verdict(Target.FLAG, "f").orElseThrow().verdict());
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
            CaseException e = assertThrows(CaseException.class,
                    () -> store.setVerdict(Target.FLAG, "f", Verdict.FALSE, big, null, "Mara"));
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
                assertEquals(Verdict.VERIFIED, backup.verdict(Target.FLAG, "f").orElseThrow().verdict());
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
