package app.corroborate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.CaseAnalyzer;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.text.Span;
import app.corroborate.ui.CaseFixtures;
import app.corroborate.ui.SameThreadRunner;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.session.CaseSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Switching the compared source: neighbours prepared ahead, never a comparison of an older case state. */
class CompareViewModelTest {

    @TempDir
    Path dir;

    /** Runs work at once and counts the tasks, to see which comparisons were computed. */
    private static final class CountingRunner implements TaskRunner {
        private final SameThreadRunner runner = new SameThreadRunner();
        int runs;

        @Override
        public <T> Running run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            runs++;
            return runner.run(work, onSuccess, onFailure);
        }

        @Override
        public void post(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {}
    }

    @Test
    void theNeighboursOfTheShownSourceArePreparedAndShownWithoutComputingAgain() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CountingRunner tasks = new CountingRunner();
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            CompareViewModel model = new CompareViewModel(session, tasks);

            model.compare(1);
            assertEquals(1, model.comparisonProperty().get().index());
            assertEquals(3, tasks.runs, "the compared source, then the one before and the one after it");

            ComparisonModel shownBefore = model.comparisonProperty().get();
            model.compare(2);
            assertEquals(2, model.comparisonProperty().get().index());
            assertEquals(4, tasks.runs, "source 2 was ready; only its next neighbour (3) is prepared");

            model.compare(1);
            assertSame(shownBefore, model.comparisonProperty().get(), "going back shows the kept comparison");
            assertEquals(4, tasks.runs);
        }
    }

    @Test
    void aNewAnnotationOrANewAnalysisIsNeverShownFromAnOlderComparison() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CountingRunner tasks = new CountingRunner();
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            CompareViewModel model = new CompareViewModel(session, tasks);
            model.compare(1);
            ComparisonModel first = model.comparisonProperty().get();

            String sourceId = first.otherSource().id();
            assertTrue(session.annotate(sourceId, new Span(0, 5), "checked", Verdict.VERIFIED, List.of())
                    .isPresent());
            ComparisonModel annotated = model.comparisonProperty().get();
            assertNotSame(first, annotated, "the annotation is computed into a new comparison");
            assertEquals(1, annotated.notes(Side.OTHER).size());

            session.analyse();
            model.compare(1);
            assertNotSame(annotated, model.comparisonProperty().get(), "a new analysis is compared anew");
        }
    }
}
