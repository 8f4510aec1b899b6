package app.corroborate.store;

import static app.corroborate.store.StoreFixtures.CLOCK;
import static app.corroborate.store.StoreFixtures.WIRE;
import static app.corroborate.store.StoreFixtures.doc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.WebProvenance;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link CaseStore} guarantees, run against each store by a subclass (as JGit runs one diff test class
 * per algorithm): raw source bytes, history on re-import, anchoring and orphans, removed sources, the append-only
 * audit log, versions and conflicts, copies, and bad input.
 */
public abstract class CaseStoreContract {

    protected static final String REWRITE = WIRE.replace("1,200", "2,100");

    @TempDir
    protected Path dir;

    /** A new, empty case of this store. */
    protected abstract CaseStore create() throws CaseException;

    /** The same case opened again, as another window or a later command would. */
    protected abstract CaseStore reopen(CaseStore store) throws CaseException;

    /** A plain connection to the case's tables. */
    protected abstract Connection connect(CaseStore store) throws Exception;

    protected CaseStore newCase() throws CaseException {
        CaseStore store = create();
        store.addSource(doc("wire.txt", WIRE), "wire.txt");
        store.addSource(doc("rewrite.txt", REWRITE), "rewrite.txt");
        return store;
    }

    private int count(CaseStore store, String sql) throws Exception {
        try (Connection c = connect(store);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void aCaseKeepsItsSourcesWithRawBytesAndTheFirstIsTheBase() throws Exception {
        try (CaseStore store = newCase()) {
            List<StoredSource> sources = store.sources();
            assertEquals(2, sources.size());
            assertTrue(sources.get(0).base());
            assertEquals("wire.txt", sources.get(0).fileName());
            assertArrayEquals(
                    WIRE.getBytes(StandardCharsets.UTF_8),
                    store.raw(sources.get(0).id()));
            assertEquals("Mara", store.info().editor());
            CaseException twice = assertThrows(CaseException.class, () -> store.addSource(doc("w", WIRE), "again.txt"));
            assertTrue(twice.getMessage().contains("already in this case"));
        }
    }

    @Test
    void verdictsPersistAndEveryChangeIsAudited() throws Exception {
        CaseStore first = newCase();
        first.setVerdict(Target.FLAG, "abc123", Verdict.DISPUTED, "figure unconfirmed", "https://example.org", "Mara");
        first.setVerdict(Target.FLAG, "abc123", Verdict.VERIFIED, null, null, "Joss");
        first.close();
        try (CaseStore store = reopen(first)) {
            VerdictRecord v = store.verdict(Target.FLAG, "abc123").orElseThrow();
            assertEquals(Verdict.VERIFIED, v.verdict());
            assertEquals("figure unconfirmed", v.note(), "a null note keeps the current one");
            assertEquals(2, v.version());
            List<AuditEntry> verdicts = store.audit().stream()
                    .filter(a -> a.field().equals("verdict"))
                    .toList();
            assertEquals(
                    List.of("unreviewed>disputed", "disputed>verified"),
                    verdicts.stream()
                            .map(a -> a.oldValue() + ">" + a.newValue())
                            .toList());
            assertEquals("Joss", verdicts.get(1).author());
        }
    }

    @Test
    void theAuditLogIsAppendOnly() throws Exception {
        try (CaseStore store = newCase()) {
            store.setVerdict(Target.CLAIM, "c1", Verdict.FALSE, "no", null, "Mara");
            try (Connection c = connect(store);
                    Statement s = c.createStatement()) {
                assertThrows(java.sql.SQLException.class, () -> s.executeUpdate("DELETE FROM audit"));
                assertThrows(java.sql.SQLException.class, () -> s.executeUpdate("UPDATE audit SET author = 'x'"));
            }
            assertTrue(store.audit().stream().anyMatch(a -> a.targetId().equals("c1")));
        }
    }

    @Test
    void annotationsAreAnchoredAndUpdatable() throws Exception {
        try (CaseStore store = newCase()) {
            String source = store.sources().get(1).id();
            String text = store.sources().get(1).text();
            int at = text.indexOf("2,100 residents");
            Annotation a = store.annotate(
                    source, new Span(at, at + 15), "check", Verdict.UNREVIEWED, List.of("figures"), "Mara");
            assertEquals("2,100 residents", a.selector().exact());
            assertEquals(store.sources().get(1).textSha256(), a.textSha256());
            assertEquals(1, a.version());
            Annotation b = store.updateAnnotation(a.id(), null, Verdict.DISPUTED, null, "Joss");
            assertEquals("check", b.note());
            assertEquals(2, b.version());
            assertEquals(Verdict.DISPUTED, store.annotations().get(0).verdict());
            assertEquals(List.of("figures"), store.annotations().get(0).tags());
            assertEquals(2, store.annotations().get(0).version());
        }
    }

    @Test
    void reimportReanchorsAndOrphansWithoutLosingTheOldVersion() throws Exception {
        try (CaseStore store = newCase()) {
            StoredSource wire = store.sources().get(0);
            int kept = wire.text().indexOf("About 1,200 residents");
            int gone = wire.text().indexOf("Two people were missing");
            store.annotate(wire.id(), new Span(kept, kept + 21), "kept", Verdict.VERIFIED, List.of(), "Mara");
            store.annotate(wire.id(), new Span(gone, gone + 23), "gone", Verdict.UNREVIEWED, List.of(), "Mara");
            String updated = "UPDATED: "
                    + WIRE.replace(
                            "Two people were missing near Eastholm, police said.", "Rescuers found everyone safe.");
            List<Annotation> orphans = store.reimport(wire.id(), doc("wire-v2.txt", updated), "wire-v2.txt", "Mara");
            assertEquals(List.of("gone"), orphans.stream().map(Annotation::note).toList());
            Annotation moved = store.annotations().stream()
                    .filter(a -> a.note().equals("kept"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "About 1,200 residents",
                    moved.position().of(store.sources().get(0).text()));
            assertFalse(moved.orphaned());
            assertTrue(store.annotations().stream().anyMatch(a -> a.orphaned() && a.position() == null));
            assertEquals(1, count(store, "SELECT count(*) FROM source_history"));
            assertArrayEquals(updated.getBytes(StandardCharsets.UTF_8), store.raw(wire.id()));
        }
    }

    @Test
    void aRemovedSourceKeepsEverythingAndComesBackAndTheBaseMovesOn() throws Exception {
        try (CaseStore store = newCase()) {
            List<StoredSource> before = store.sources();
            Annotation note =
                    store.annotate(before.get(1).id(), new Span(0, 7), "check", Verdict.DISPUTED, List.of(), "Mara");
            store.removeSource(before.get(0).id(), "Mara");
            assertEquals(
                    List.of(before.get(1).id()),
                    store.sources().stream().map(StoredSource::id).toList());
            assertTrue(store.sources().get(0).base(), "the next source became the base");
            assertEquals(CLOCK.instant(), store.removedSources().get(0).removed());
            assertArrayEquals(
                    WIRE.getBytes(StandardCharsets.UTF_8),
                    store.raw(before.get(0).id()));
            CaseException again =
                    assertThrows(CaseException.class, () -> store.addSource(doc("wire.txt", WIRE), "wire.txt"));
            assertTrue(again.getMessage().contains("restore it"), again.getMessage());
            store.restoreSource(before.get(0).id(), "Mara");
            assertEquals(2, store.sources().size());
            assertNull(store.sources().get(1).removed());
            assertEquals(
                    List.of(note.id()),
                    store.annotations().stream().map(Annotation::id).toList());
            assertThrows(CaseException.class, () -> store.removeSource("src-nothing", "Mara"));
            assertThrows(
                    CaseException.class, () -> store.restoreSource(before.get(0).id(), "Mara"));
        }
    }

    @Test
    void aFetchedSourceKeepsWhereItCameFrom() throws Exception {
        WebProvenance web = new WebProvenance(
                "http://example.test/a", "https://example.test/story", Instant.parse("2031-04-15T09:59:00Z"));
        CaseStore first = newCase();
        first.addSource(doc("page", WIRE + " Added."), "https://example.test/story", web);
        first.close();
        try (CaseStore store = reopen(first)) {
            assertEquals(web, store.sources().get(2).web());
            assertNull(store.sources().get(0).web());
        }
    }

    @Test
    void aWithdrawnAnnotationLeavesTheListButNotTheCaseAndComesBack() throws Exception {
        try (CaseStore store = newCase()) {
            String wire = store.sources().get(0).id();
            Annotation a = store.annotate(wire, new Span(4, 7), "dam", Verdict.VERIFIED, List.of("place"), "Mara");
            store.withdrawAnnotation(a.id(), "Mara");
            assertTrue(store.annotations().isEmpty());
            assertEquals("dam", store.restoreAnnotation(a.id(), "Mara").note());
            assertEquals(
                    List.of(a.id()),
                    store.annotations().stream().map(Annotation::id).toList());
            List<AuditEntry> log = store.audit(Target.ANNOTATION, a.id());
            assertEquals("withdrawn", log.get(log.size() - 2).field());
        }
    }

    @Test
    void furnitureDecisionsAreKeptClearedAndAudited() throws Exception {
        try (CaseStore store = newCase()) {
            String wire = store.sources().get(0).id();
            store.setOverride(new FurnitureOverride(wire, new Span(0, 10), true, "editor"), "Mara");
            store.setOverride(new FurnitureOverride(wire, new Span(0, 10), false, "story"), "Mara");
            assertEquals(List.of(new FurnitureOverride(wire, new Span(0, 10), false, "story")), store.overrides(wire));
            store.clearOverride(wire, new Span(0, 10), "Mara");
            store.clearOverride(wire, new Span(0, 10), "Mara");
            assertTrue(store.overrides(wire).isEmpty());
            List<AuditEntry> log = store.audit(Target.SOURCE, wire);
            assertEquals("as detected", log.get(log.size() - 1).newValue());
        }
    }

    @Test
    void aSnapshotIsKeptWithItsVerdict() throws Exception {
        VerdictSnapshot snap = new VerdictSnapshot(
                Target.FLAG,
                "f1",
                "number",
                "high",
                "1,200 vs 2,100",
                "1,200",
                List.of(new VerdictSnapshot.Passage("src-1", "wire", "base", "abc", 6, 11, "1,200", "About ", " res")),
                "0.1.0",
                CLOCK.instant());
        try (CaseStore store = newCase()) {
            store.setVerdict(Target.FLAG, "f1", Verdict.FALSE, "wrong", null, "Mara", snap);
            assertEquals(snap, store.snapshot(Target.FLAG, "f1").orElseThrow());
            store.setVerdict(Target.FLAG, "f1", Verdict.VERIFIED, null, null, "Mara", snap);
            assertEquals(List.of(snap), store.snapshots());
        }
    }

    @Test
    void aVerdictChangedAgainstAnOlderVersionIsRefusedNamingWhoAndWhatAndBothAreAudited() throws Exception {
        try (CaseStore store = newCase()) {
            VerdictRecord mine = store.setVerdict(Target.FLAG, "f", Verdict.DISPUTED, "check", null, "Mara", null, 0);
            assertEquals(1, mine.version());
            store.setVerdict(Target.FLAG, "f", Verdict.VERIFIED, "confirmed by police", null, "Joss", null, 1);
            ConflictException e = assertThrows(
                    ConflictException.class,
                    () -> store.setVerdict(
                            Target.FLAG, "f", Verdict.FALSE, "wrong", null, "Mara", null, mine.version()));
            assertTrue(e.getMessage().startsWith("Joss changed the verdict"), e.getMessage());
            assertTrue(e.getMessage().contains("verified") && e.getMessage().contains("confirmed by police"));
            assertEquals(Verdict.VERIFIED, e.theirVerdict().orElseThrow().verdict());
            assertEquals(2, e.theirVerdict().orElseThrow().version());
            assertEquals(
                    Verdict.VERIFIED,
                    store.verdict(Target.FLAG, "f").orElseThrow().verdict(),
                    "not overwritten");
            AuditEntry refused = store.audit(Target.FLAG, "f").stream()
                    .filter(a -> a.field().equals("conflict"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Mara", refused.author());
            assertTrue(refused.oldValue().contains("Joss") && refused.newValue().contains("false"), refused.toString());
            assertThrows(
                    ConflictException.class,
                    () -> store.setVerdict(Target.CLAIM, "new", Verdict.FALSE, null, null, "Mara", null, 3),
                    "a verdict that does not exist yet is at version 0");
        }
    }

    @Test
    void anAnnotationChangedAgainstAnOlderVersionIsRefused() throws Exception {
        try (CaseStore store = newCase()) {
            Annotation a = store.annotate(
                    store.sources().get(0).id(), new Span(4, 7), "dam", Verdict.UNREVIEWED, List.of(), "Mara");
            store.updateAnnotation(a.id(), "the Harrowgate dam", null, null, "Joss", a.version());
            ConflictException e = assertThrows(
                    ConflictException.class,
                    () -> store.updateAnnotation(a.id(), null, Verdict.FALSE, null, "Mara", a.version()));
            assertEquals("the Harrowgate dam", e.theirAnnotation().orElseThrow().note());
            assertTrue(e.getMessage().contains("Joss"), e.getMessage());
            assertEquals(Verdict.UNREVIEWED, store.annotations().get(0).verdict());
            assertTrue(store.audit(Target.ANNOTATION, a.id()).stream()
                    .anyMatch(x -> x.field().equals("conflict")));
        }
    }

    @Test
    void aBackupIsACaseFileEqualToTheCase() throws Exception {
        try (CaseStore store = newCase()) {
            store.setVerdict(Target.FLAG, "f", Verdict.VERIFIED, "ok", null, "Mara");
            store.annotate(store.sources().get(0).id(), new Span(4, 7), "dam", Verdict.FALSE, List.of("a"), "Mara");
            Path copy = dir.resolve("backup.corroborate");
            store.backup(copy);
            try (CaseStore backup = SqliteCaseStore.open(copy, CLOCK)) {
                assertEquals(store.sources(), backup.sources());
                assertEquals(store.verdicts(), backup.verdicts());
                assertEquals(store.annotations(), backup.annotations());
                assertEquals(store.audit(), backup.audit());
                assertEquals(store.info(), backup.info());
            }
            assertThrows(CaseException.class, () -> store.backup(copy), "never overwrites a file");
        }
    }

    @Test
    void badInputIsRefusedWithOneLineAndChangesNothing() throws Exception {
        try (CaseStore store = newCase()) {
            String wire = store.sources().get(0).id();
            int audited = store.audit().size();
            List<CaseException> refusals = List.of(
                    assertThrows(CaseException.class, () -> store.raw("src-nothing")),
                    assertThrows(
                            CaseException.class,
                            () -> store.annotate(wire, new Span(0, 100_000), "x", Verdict.FALSE, List.of(), "Mara")),
                    assertThrows(
                            CaseException.class,
                            () -> store.annotate("src-nothing", new Span(0, 1), "x", Verdict.FALSE, List.of(), "Mara")),
                    assertThrows(
                            CaseException.class,
                            () -> store.setVerdict(Target.ANNOTATION, "a", Verdict.FALSE, null, null, "Mara")),
                    assertThrows(CaseException.class, () -> store.setBase("src-nothing", "Mara")),
                    assertThrows(
                            CaseException.class, () -> store.updateAnnotation("ann-nothing", "x", null, null, "Mara")),
                    assertThrows(
                            CaseException.class, () -> store.reimport("src-nothing", doc("n", "new"), "n", "Mara")));
            for (CaseException e : refusals) {
                assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            }
            assertEquals(audited, store.audit().size());
            assertEquals(wire, store.sources().get(0).id());
        }
    }
}
