package app.corroborate.store.sqlite;

import static app.corroborate.store.sqlite.StoreFixtures.CLOCK;
import static app.corroborate.store.sqlite.StoreFixtures.WIRE;
import static app.corroborate.store.sqlite.StoreFixtures.doc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.WebProvenance;
import app.corroborate.store.Annotation;
import app.corroborate.store.AuditEntry;
import app.corroborate.store.CaseException;
import app.corroborate.store.FurnitureOverride;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing and restoring sources, web provenance, withdrawn annotations and cleared furniture decisions. */
class SourceRemovalTest {

    @TempDir
    Path dir;

    private static final String REWRITE = WIRE.replace("1,200", "2,100");

    private SqliteCaseStore newCase() throws CaseException {
        SqliteCaseStore store = SqliteCaseStore.create(dir.resolve("flood.corroborate"), "Flood", "Mara", CLOCK);
        store.addSource(doc("wire.txt", WIRE), "wire.txt");
        store.addSource(doc("rewrite.txt", REWRITE), "rewrite.txt");
        return store;
    }

    @Test
    void aRemovedSourceLeavesTheComparisonButKeepsItsBytesAnnotationsAndVerdictsAndComesBack() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            StoredSource rewrite = store.sources().get(1);
            Annotation note = store.annotate(rewrite.id(), new Span(0, 7), "check", Verdict.DISPUTED, List.of(),
                    "Mara");
            store.setVerdict(Target.FLAG, "f-1", Verdict.FALSE, "wrong figure", null, "Mara");

            store.removeSource(rewrite.id(), "Mara");

            assertEquals(List.of("wire.txt"), store.sources().stream().map(StoredSource::fileName).toList());
            StoredSource removed = store.removedSources().get(0);
            assertEquals(rewrite.id(), removed.id());
            assertEquals(CLOCK.instant(), removed.removed());
            assertArrayEquals(REWRITE.getBytes(StandardCharsets.UTF_8), store.raw(rewrite.id()));
            assertEquals(List.of(note.id()), store.annotations().stream().map(Annotation::id).toList());
            assertEquals(Verdict.FALSE, store.verdict(Target.FLAG, "f-1").orElseThrow().verdict());
            CaseException again = assertThrows(CaseException.class,
                    () -> store.addSource(doc("rewrite.txt", REWRITE), "rewrite.txt"));
            assertTrue(again.getMessage().contains("restore it"), again.getMessage());

            store.restoreSource(rewrite.id(), "Mara");
            assertEquals(2, store.sources().size());
            assertTrue(store.removedSources().isEmpty());
            assertNull(store.sources().get(1).removed());
            List<String> fields = store.audit(Target.SOURCE, rewrite.id()).stream().map(AuditEntry::field).toList();
            assertEquals(List.of("removed", "removed"), fields);
        }
    }

    @Test
    void removingTheBaseMakesTheNextSourceTheBaseAndRestoringIntoAnEmptyCaseMakesItTheBase() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            List<StoredSource> before = store.sources();
            store.removeSource(before.get(0).id(), "Mara");
            assertTrue(store.sources().get(0).base());
            assertEquals(before.get(1).id(), store.sources().get(0).id());

            store.removeSource(before.get(1).id(), "Mara");
            assertTrue(store.sources().isEmpty());
            store.restoreSource(before.get(0).id(), "Mara");
            assertTrue(store.sources().get(0).base());
            assertThrows(CaseException.class, () -> store.removeSource("src-nothing", "Mara"));
            assertThrows(CaseException.class, () -> store.restoreSource(before.get(0).id(), "Mara"));
        }
    }

    @Test
    void aFetchedSourceKeepsWhereItCameFrom() throws Exception {
        WebProvenance web = new WebProvenance("http://example.test/a", "https://example.test/story",
                Instant.parse("2031-04-15T09:59:00Z"));
        try (SqliteCaseStore store = newCase()) {
            store.addSource(doc("page", WIRE + " Added."), "https://example.test/story", web);
        }
        try (SqliteCaseStore store = SqliteCaseStore.open(dir.resolve("flood.corroborate"), CLOCK)) {
            StoredSource fetched = store.sources().get(2);
            assertEquals(web, fetched.web());
            assertTrue(fetched.web().redirected());
            assertNull(store.sources().get(0).web());
        }
    }

    @Test
    void aWithdrawnAnnotationLeavesTheListButNotTheCaseAndComesBack() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            String wire = store.sources().get(0).id();
            Annotation a = store.annotate(wire, new Span(4, 7), "dam", Verdict.VERIFIED, List.of("place"), "Mara");
            store.withdrawAnnotation(a.id(), "Mara");
            assertTrue(store.annotations().isEmpty());
            Annotation back = store.restoreAnnotation(a.id(), "Mara");
            assertEquals("dam", back.note());
            assertEquals(List.of(a.id()), store.annotations().stream().map(Annotation::id).toList());
            List<AuditEntry> log = store.audit(Target.ANNOTATION, a.id());
            assertEquals("withdrawn", log.get(log.size() - 2).field());
            assertEquals("yes", log.get(log.size() - 2).newValue());
            assertNull(log.get(log.size() - 1).newValue());
        }
    }

    @Test
    void aClearedFurnitureDecisionLeavesTheDetectorsJudgementAndTheAuditLogSaysSo() throws Exception {
        try (SqliteCaseStore store = newCase()) {
            String wire = store.sources().get(0).id();
            store.setOverride(new FurnitureOverride(wire, new Span(0, 10), true, "editor"), "Mara");
            store.clearOverride(wire, new Span(0, 10), "Mara");
            store.clearOverride(wire, new Span(0, 10), "Mara");
            assertTrue(store.overrides(wire).isEmpty());
            List<AuditEntry> log = store.audit(Target.SOURCE, wire);
            assertEquals(2, log.size(), "clearing nothing is not a change");
            assertEquals("excluded", log.get(1).oldValue());
            assertEquals("as detected", log.get(1).newValue());
        }
    }

    @Test
    void aSchemaTwoCaseOpenedReadOnlyListsItsSourcesWithoutRemovalsOrAddresses() throws Exception {
        Path file = dir.resolve("flood.corroborate");
        newCase().close();
        StoreFixtures.downgrade(file, 2);
        assertTrue(file.toFile().setReadOnly());
        try (SqliteCaseStore store = SqliteCaseStore.openReadOnly(file, CLOCK)) {
            assertEquals(2, store.sources().size());
            assertTrue(store.removedSources().isEmpty());
            assertTrue(store.annotations().isEmpty());
            assertNotNull(store.sources().get(0).imported());
        } finally {
            file.toFile().setWritable(true);
        }
    }
}
