package app.corroborate.store.sqlite;

import static app.corroborate.store.sqlite.StoreFixtures.CLOCK;
import static app.corroborate.store.sqlite.StoreFixtures.WIRE;
import static app.corroborate.store.sqlite.StoreFixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.CaseException;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.store.VerdictSnapshot.Passage;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotMigrationTest {

    @TempDir
    Path dir;

    private static VerdictSnapshot snapshot(String id, String text) {
        return new VerdictSnapshot(
                Target.FLAG,
                id,
                "number",
                "high",
                "the figure changed",
                text,
                List.of(
                        new Passage("src-1", "Wire", "base", "ab12", 10, 15, "1,200", "About ", " residents"),
                        new Passage("src-2", "Daily", "variant", "cd34", -1, -1, "", "", "")),
                "0.1.0-test",
                Instant.parse("2031-04-15T10:00:00Z"));
    }

    /** A case file as the schema-1 product wrote it: its V1 script only, with a verdict and no snapshot table. */
    private Path schemaOneCase() throws Exception {
        Path file = dir.resolve("old.corroborate");
        try (SqliteCaseStore store = SqliteCaseStore.create(file, "Old case", "Mara", CLOCK)) {
            store.addSource(doc("wire.txt", WIRE), "wire.txt");
            store.setVerdict(Target.FLAG, "f-old", Verdict.DISPUTED, "kept", null, "Mara");
        }
        StoreFixtures.downgrade(file, 1);
        return file;
    }

    @Test
    void aSchemaOneCaseMigratesKeepingItsVerdictsWhichHaveNoSnapshot() throws Exception {
        Path file = schemaOneCase();
        try (SqliteCaseStore store = SqliteCaseStore.open(file, CLOCK)) {
            try (Statement s = store.connection().createStatement();
                    ResultSet r = s.executeQuery("PRAGMA user_version")) {
                r.next();
                assertEquals(Migrations.CURRENT, r.getInt(1));
            }
            assertEquals(4, Migrations.CURRENT);
            VerdictRecord old = store.verdict(Target.FLAG, "f-old").orElseThrow();
            assertEquals(Verdict.DISPUTED, old.verdict());
            assertEquals("kept", old.note());
            assertTrue(store.snapshot(Target.FLAG, "f-old").isEmpty());
            assertTrue(store.snapshots().isEmpty());

            store.setVerdict(Target.FLAG, "f-old", Verdict.FALSE, null, null, "Mara", snapshot("f-old", "1,200"));
            assertEquals(
                    snapshot("f-old", "1,200"),
                    store.snapshot(Target.FLAG, "f-old").orElseThrow());
            assertEquals(
                    "kept", store.verdict(Target.FLAG, "f-old").orElseThrow().note());
        }
    }

    @Test
    void aSnapshotIsReplacedByTheNextOneKeptByAVerdictWithoutOneAndRefusedForAnotherTarget() throws Exception {
        try (SqliteCaseStore store = SqliteCaseStore.create(dir.resolve("c.corroborate"), "C", "Mara", CLOCK)) {
            store.setVerdict(Target.FLAG, "f", Verdict.FALSE, "n", null, "Mara", snapshot("f", "first"));
            store.setVerdict(Target.FLAG, "f", Verdict.DISPUTED, "n", null, "Mara", snapshot("f", "second"));
            assertEquals(
                    "second", store.snapshot(Target.FLAG, "f").orElseThrow().text());
            store.setVerdict(Target.FLAG, "f", Verdict.VERIFIED, null, null, "Mara");
            assertEquals(
                    "second", store.snapshot(Target.FLAG, "f").orElseThrow().text());
            assertEquals(1, store.snapshots().size());
            assertThrows(
                    CaseException.class,
                    () -> store.setVerdict(Target.FLAG, "g", Verdict.FALSE, null, null, "Mara", snapshot("f", "x")));
            assertEquals(
                    Verdict.VERIFIED,
                    store.verdict(Target.FLAG, "f").orElseThrow().verdict());
            assertTrue(store.verdict(Target.FLAG, "g").isEmpty(), "nothing written for the refused change");
        }
    }
}
