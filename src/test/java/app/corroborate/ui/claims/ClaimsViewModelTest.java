package app.corroborate.ui.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.CaseAnalyzer;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.CaseFixtures;
import app.corroborate.ui.SameThreadRunner;
import app.corroborate.ui.session.CaseSession;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims matrix: filters by what the sources do, and claim verdicts written and shown. */
class ClaimsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void filtersNarrowTheClaimsAndAVerdictIsWrittenAndShown() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            ClaimsViewModel m = new ClaimsViewModel(session);
            int all = m.visible().size();
            assertEquals(session.analysis().claims().claims().size(), all);
            m.showProperty().set(ClaimsViewModel.Show.SINGLE_SOURCE);
            assertTrue(m.visible().stream().allMatch(ClaimRow::singleSource));
            m.showProperty().set(ClaimsViewModel.Show.DIFFERING);
            assertTrue(m.visible().stream().allMatch(ClaimRow::disputed));
            assertFalse(m.visible().isEmpty(), "the rewrites state some claims otherwise");
            m.showProperty().set(ClaimsViewModel.Show.UNREVIEWED);
            assertEquals(all, m.visible().size());
            ClaimRow first = m.visible().get(0);
            m.selectedProperty().set(first);
            assertTrue(m.setVerdict(Verdict.VERIFIED));
            assertEquals(Verdict.VERIFIED, first.verdict());
            assertEquals(
                    Verdict.VERIFIED,
                    store.verdict(Target.CLAIM, first.id()).orElseThrow().verdict());
            assertEquals(all - 1, m.visible().size(), "a reviewed claim leaves the unreviewed filter");
            assertTrue(store.snapshot(Target.CLAIM, first.id()).isPresent(), "with a snapshot of the claim");
        }
    }

    @Test
    void aClaimCountsTheFlagsAboutItAndHowManyHaveAVerdict() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            ClaimsViewModel m = new ClaimsViewModel(session);
            ClaimRow linked = m.visible().stream()
                    .filter(r -> !r.flags().isEmpty())
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError("a changed figure or quote of the rewrites is a claim's flag"));
            int n = linked.flags().size();
            assertEquals(0, linked.reviewedFlagsProperty().get());
            assertEquals("0 of " + n + " reviewed", linked.flagsLine());
            assertTrue(session.setVerdict(Target.FLAG, linked.flags().get(0), Verdict.FALSE));
            assertEquals(1, linked.reviewedFlagsProperty().get(), "a flag's verdict counts on its claim at once");
            assertEquals(Verdict.UNREVIEWED, linked.verdict(), "and never sets the claim's own verdict");
            m.showProperty().set(ClaimsViewModel.Show.SINGLE_SOURCE);
            assertTrue(m.select(linked.id()), "selecting a claim the filter hides shows it again");
            assertEquals(linked, m.selectedProperty().get());
            assertTrue(m.visible().contains(linked));
            assertFalse(m.select("no-such-claim"));
        }
    }
}
