package app.corroborate.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.CaseAnalyzer;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseStore;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.text.Span;
import app.corroborate.ui.CaseFixtures;
import app.corroborate.ui.SameThreadRunner;
import app.corroborate.ui.session.CaseSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newer version of a source from the window: annotations moved or orphaned and said so; another base. */
class ReimportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aReimportSaysWhichAnnotationsMovedAndWhichAreOrphans() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            StoredSource copy = store.sources().get(1);
            String text = copy.text();
            int militant = text.indexOf("militant");
            assertTrue(militant >= 0, "the copy calls the union militant");
            int both = text.indexOf("Supreme Court");
            assertTrue(both >= 0, "a passage the wire has too");
            Span kept = new Span(both, both + "Supreme Court".length());
            session.annotate(
                    copy.id(),
                    new Span(militant, militant + "militant".length()),
                    "loaded?",
                    Verdict.DISPUTED,
                    List.of());
            session.annotate(copy.id(), kept, "check the court's name", Verdict.UNREVIEWED, List.of());
            AtomicReference<String> said = new AtomicReference<>();
            new ReimportViewModel(session, new SourceImporter(), new SameThreadRunner())
                    .reimport(copy.id(), CaseFixtures.resource("/stories/court/a0-wire.txt"), said::set);
            assertTrue(said.get().startsWith("Re-imported a0-wire.txt"), said.get());
            assertTrue(said.get().contains("1 annotation moved") && said.get().contains("1 orphaned"), said.get());
            assertTrue(said.get().contains("militant"), "the orphan is named by its last quote");
            assertEquals(2, session.annotations().size(), "an orphan is listed, never dropped");
            assertTrue(session.annotations().stream().anyMatch(a -> a.orphaned()));
        }
    }

    @Test
    void anotherSourceBecomesTheBase() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            String third = store.sources().get(2).id();
            assertTrue(session.sources().setBase(third));
            assertEquals(third, session.analysis().sources().get(0).id(), "the analysis is against the new base");
        }
    }
}
