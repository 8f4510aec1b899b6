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

    /** A memory of one case, as the preferences keep it. */
    private static final class Kept implements Place.Memory {
        Place place;

        @Override
        public java.util.Optional<Place> recall() {
            return java.util.Optional.ofNullable(place);
        }

        @Override
        public void remember(Place p) {
            place = p;
        }
    }

    @Test
    void aCaseOpensAgainOnTheFlagTheEditorLeftItOn() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            Kept kept = new Kept();
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            WorkbenchViewModel first = new WorkbenchViewModel(session, new SameThreadRunner(), kept);
            assertEquals(null, kept.place.flagId(), "where the case opened: no flag yet");
            FlagRow last = first.flags().visible().get(first.flags().visible().size() - 1);
            first.flags().selectedProperty().set(last);
            assertEquals(last.id(), kept.place.flagId());

            WorkbenchViewModel again = new WorkbenchViewModel(session, new SameThreadRunner(), kept);
            assertEquals(last.id(), again.flags().selected().id(), "the flag is selected again");
            assertEquals(
                    last.source().index(), again.sources().selectedProperty().get(), "and its source compared");
        }
    }

    @Test
    void aFlagNoLongerRaisedResumesOnItsSource() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            WorkbenchViewModel probe = new WorkbenchViewModel(session, new SameThreadRunner());
            var source = probe.sources().rows().get(probe.sources().rows().size() - 1);
            Kept kept = new Kept();
            kept.place = new Place(source.summary().id(), "a-flag-since-gone");
            WorkbenchViewModel m = new WorkbenchViewModel(session, new SameThreadRunner(), kept);
            assertEquals(source.index(), m.sources().selectedProperty().get());
            assertEquals(null, m.flags().selected());
        }
    }

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
            m.flags().selectedProperty().set(null);
            assertEquals(null, m.compare().revealProperty().get(), "nothing selected: the panes drop the selection");
            m.nextSource();
            m.nextSource();
            assertNotNull(m.compare().comparisonProperty().get());
            assertEquals(
                    m.sources().selectedProperty().get(),
                    m.compare().comparisonProperty().get().index());
        }
    }
}
