package app.corroborate.ui.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.flag.FlagKind;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.CaseFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flag list: filters with counts per choice, and walking the visible flags in order. */
class FlagsViewModelTest {

    @TempDir
    Path dir;

    private CaseAnalysis analysis;
    private final Map<String, Verdict> verdicts = new HashMap<>();

    @BeforeEach
    void analyse() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            analysis = CaseAnalyzer.standard().analyze(store);
        }
    }

    private FlagsViewModel model() {
        FlagsViewModel m = new FlagsViewModel();
        m.show(analysis, id -> verdicts.getOrDefault(id, Verdict.UNREVIEWED));
        return m;
    }

    @Test
    void filtersShowCountsForEveryChoiceGivenTheOthers() {
        FlagsViewModel m = model();
        int all = analysis.flags().size();
        assertEquals(all, m.visible().size());
        assertEquals(all, m.kind().options().get(0).count(), "'all kinds' counts every flag");
        FilterOption<FlagKind> first = m.kind().options().get(1);
        long ofKind =
                analysis.flags().stream().filter(f -> f.kind() == first.value()).count();
        assertEquals(ofKind, first.count());
        m.kind().chosenProperty().set(first);
        assertEquals(ofKind, m.visible().size());
        assertTrue(m.visible().stream().allMatch(r -> r.flag().kind() == first.value()));
        assertEquals(ofKind, m.severity().options().get(0).count(), "other filters count within the chosen kind");
        m.kind().clear();
        assertEquals(all, m.visible().size());
    }

    @Test
    void aVerdictMovesAFlagBetweenVerdictFilters() {
        FlagsViewModel m = model();
        String id = analysis.flags().get(0).id();
        FilterOption<Verdict> unreviewed = m.verdict().options().stream()
                .filter(o -> o.value() == Verdict.UNREVIEWED)
                .findFirst()
                .orElseThrow();
        m.verdict().chosenProperty().set(unreviewed);
        int before = m.visible().size();
        m.verdictChanged(id, Verdict.VERIFIED);
        assertEquals(before - 1, m.visible().size());
        assertEquals(
                1,
                m.verdict().options().stream()
                        .filter(o -> o.value() == Verdict.VERIFIED)
                        .findFirst()
                        .orElseThrow()
                        .count());
        assertTrue(m.reviewedProperty().get().startsWith("1 of "));
    }

    @Test
    void nextAndPreviousWalkTheVisibleFlagsAndWrap() {
        FlagsViewModel m = model();
        assertTrue(m.next());
        assertEquals(m.visible().get(0), m.selected());
        m.next();
        assertEquals(m.visible().get(1), m.selected());
        m.previous();
        m.previous();
        assertEquals(m.visible().get(m.visible().size() - 1), m.selected(), "previous from the first wraps");
    }

    @Test
    void theSelectionSurvivesANewAnalysisOfTheSameSources() {
        FlagsViewModel m = model();
        m.next();
        m.next();
        String id = m.selected().id();
        m.show(analysis, x -> Verdict.UNREVIEWED);
        assertEquals(id, m.selected().id());
    }

    @Test
    void summariesSayWhatChangedInAFewWords() {
        String base = "About 1,200 residents were evacuated.";
        String version = "About 2,100 residents were evacuated.";
        var f = new app.corroborate.flag.Flag(
                "x",
                FlagKind.NUMBER,
                app.corroborate.flag.Severity.HIGH,
                "v",
                new app.corroborate.text.Span(6, 11),
                new app.corroborate.text.Span(6, 11),
                "changed");
        assertEquals("1,200 \u2192 2,100", FlagSummary.of(f, base, version));
        String longText = "word ".repeat(30);
        assertTrue(FlagSummary.clip(longText).length() <= FlagSummary.MAX);
        assertTrue(FlagSummary.clip(longText).endsWith("\u2026"));
    }
}
