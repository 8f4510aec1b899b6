package app.corroborate.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.CaseAnalyzer;
import app.corroborate.store.Annotation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.FurnitureOverride;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.text.Span;
import app.corroborate.ui.CaseFixtures;
import app.corroborate.ui.SameThreadRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open case: verdicts and notes written as they are set, undo and redo as changes of their own. */
class CaseSessionTest {

    @TempDir
    Path dir;

    @Test
    void verdictsAndNotesAreWrittenWhenSetAndUndoRedoWalkThem() throws Exception {
        Path file = CaseFixtures.court(dir);
        try (CaseStore store = SqliteCaseStore.open(file, Clock.systemUTC())) {
            CaseSession s = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            s.open();
            assertFalse(s.analysis().flags().isEmpty(), "the analysis ran");
            String id = s.analysis().flags().get(0).id();
            assertTrue(s.setVerdict(Target.FLAG, id, Verdict.VERIFIED));
            assertTrue(s.setNote(Target.FLAG, id, "rang the court", "https://example.org/ruling"));
            assertEquals(
                    "rang the court",
                    store.verdict(Target.FLAG, id).orElseThrow().note());
            var snapshot = store.snapshot(Target.FLAG, id).orElseThrow();
            assertEquals(
                    s.analysis().flags().get(0).explanation(),
                    snapshot.explanation(),
                    "the case keeps what the editor saw when deciding");
            s.undo();
            assertEquals(null, s.state(Target.FLAG, id).note(), "undo takes the note back");
            assertEquals(
                    Verdict.VERIFIED,
                    store.verdict(Target.FLAG, id).orElseThrow().verdict());
            s.undo();
            assertEquals(
                    Verdict.UNREVIEWED,
                    store.verdict(Target.FLAG, id).orElseThrow().verdict());
            assertTrue(s.undo().isEmpty(), "nothing more to undo");
            s.redo();
            s.redo();
            assertEquals(
                    "rang the court",
                    store.verdict(Target.FLAG, id).orElseThrow().note());
            assertEquals("https://example.org/ruling", s.state(Target.FLAG, id).evidence());
            long verdictChanges = store.audit(Target.FLAG, id).stream()
                    .filter(a -> a.field().equals("verdict"))
                    .count();
            assertEquals(3, verdictChanges, "set, its undo and its redo: each verdict change is in the audit log");
        }
    }

    @Test
    void aReadOnlyCaseRefusesAChangeAndSaysWhy() throws Exception {
        Path file = CaseFixtures.court(dir);
        try (CaseStore writer = SqliteCaseStore.open(file, Clock.systemUTC());
                CaseStore reader = SqliteCaseStore.open(file, Clock.systemUTC())) {
            assertTrue(reader.readOnly());
            CaseSession s = new CaseSession(reader, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            s.open();
            String id = s.analysis().flags().get(0).id();
            assertFalse(s.setVerdict(Target.FLAG, id, Verdict.FALSE));
            assertEquals(Verdict.UNREVIEWED, s.state(Target.FLAG, id).verdict(), "nothing shows as set");
            assertTrue(
                    s.messageProperty().get().startsWith("Not saved:"),
                    s.messageProperty().get());
            assertTrue(s.undo().isEmpty(), "a refused change is not undoable");
            assertTrue(writer.verdict(Target.FLAG, id).isEmpty());
        }
    }

    @Test
    void annotationsFurnitureRemovedSourcesAndTheBaseAreUndoneAndRedoneWithoutDeletingAnything() throws Exception {
        Path file = CaseFixtures.court(dir);
        try (CaseStore store = SqliteCaseStore.open(file, Clock.systemUTC())) {
            CaseSession s = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            s.open();
            String base = store.sources().get(0).id();
            String other = store.sources().get(1).id();

            Annotation a = s.annotate(other, new Span(0, 12), "check", Verdict.DISPUTED, List.of())
                    .orElseThrow();
            assertTrue(s.updateAnnotation(a.id(), "checked with the clerk", null, null));
            s.undo();
            assertEquals("check", store.annotations().get(0).note(), "undo takes the note change back");
            s.undo();
            assertTrue(s.annotations().isEmpty(), "undo withdraws the annotation");
            assertTrue(store.annotations().isEmpty());
            assertTrue(store.audit(Target.ANNOTATION, a.id()).size() > 3, "it stays in the case's history");
            s.redo();
            assertEquals(
                    List.of(a.id()),
                    s.annotations().stream().map(Annotation::id).toList());

            Span passage = new Span(0, 20);
            assertTrue(s.sources().setOverride(new FurnitureOverride(base, passage, true, "editor")));
            s.undo();
            assertTrue(store.overrides(base).isEmpty(), "undo forgets a decision the passage did not have");
            s.redo();
            assertTrue(store.overrides(base).get(0).excluded());

            assertTrue(s.sources().remove(base, "the wire"));
            assertEquals(base, s.sources().removed().get(0).id());
            assertEquals(other, store.sources().get(0).id(), "the next source became the base");
            assertTrue(
                    s.noticeProperty().get().contains("stays in the case"),
                    s.noticeProperty().get());
            s.undo();
            assertTrue(s.sources().removed().isEmpty());
            assertEquals(base, store.sources().get(0).id(), "undo restores the base as the base");
            assertTrue(s.noticeProperty().get().startsWith("Undone: removal of the wire"));

            assertTrue(s.sources().setBase(other));
            s.undo();
            assertTrue(store.sources().stream()
                    .filter(x -> x.id().equals(base))
                    .findFirst()
                    .orElseThrow()
                    .base());
        }
    }
}
