package app.corroborate.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.corroborate.review.CaseAnalyzer;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.CaseFixtures;
import app.corroborate.ui.SameThreadRunner;
import app.corroborate.ui.flags.FlagRow;
import app.corroborate.ui.session.CaseSession;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main screen's model without a window: flags, sources, comparison and inspector kept in step. */
class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aSelectedFlagComparesItsSourceAndItsVerdictShowsEverywhere() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            WorkbenchViewModel m = new WorkbenchViewModel(session, new SameThreadRunner());
            assertFalse(m.flags().visible().isEmpty(), "an analysis finished before the model is shown too");
            FlagRow last = m.flags().visible().get(m.flags().visible().size() - 1);
            m.flags().selectedProperty().set(last);
            assertEquals(last.source().index(), m.sources().selectedProperty().get(), "its source is compared");
            assertNotNull(m.compare().comparisonProperty().get());
            assertEquals(
                    last.source().index(),
                    m.compare().comparisonProperty().get().index());
            assertEquals(
                    last.flag().baseSpan(), m.compare().revealProperty().get().base(), "and it is revealed");
            m.verdict(Verdict.DISPUTED);
            assertEquals(Verdict.DISPUTED, last.verdict());
            assertEquals(Verdict.DISPUTED, m.inspector().verdictProperty().get());
            assertEquals(
                    Verdict.DISPUTED,
                    store.verdict(Target.FLAG, last.id()).orElseThrow().verdict());
            m.undo();
            assertEquals(Verdict.UNREVIEWED, last.verdict());
            m.nextSource();
            m.nextSource();
            assertNotNull(m.compare().comparisonProperty().get());
            assertEquals(
                    m.sources().selectedProperty().get(),
                    m.compare().comparisonProperty().get().index());
        }
    }
}
