package app.corroborate.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.store.CaseStore;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.CaseFixtures;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources list: rows with words and copy groups, and cycling the compared source past the base. */
class SourcesViewModelTest {

    @TempDir
    Path dir;

    @Test
    void rowsDescribeEverySourceAndCyclingSkipsTheBase() throws Exception {
        CaseAnalysis analysis;
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            analysis = CaseAnalyzer.standard().analyze(store);
        }
        SourcesViewModel m = new SourcesViewModel();
        m.show(analysis);
        assertEquals(4, m.rows().size());
        assertTrue(m.rows().get(0).base());
        assertEquals(1, m.selectedProperty().get(), "the first version is compared at first");
        assertTrue(m.rows().stream().allMatch(r -> r.summary().words() > 20), "word counts of story text");
        SourceRow copy = m.rows().get(1);
        int copies = copy.summary().copies();
        assertTrue(copies >= 1, "the republished wire is a copy of the base");
        assertEquals("same wire text as " + copies + (copies == 1 ? " other" : " others"), copy.groupBadge());
        m.next();
        m.next();
        assertEquals(3, m.selectedProperty().get());
        m.next();
        assertEquals(1, m.selectedProperty().get(), "wraps past the base");
        m.previous();
        assertEquals(3, m.selectedProperty().get());
        int flags = (int) analysis.flags().stream()
                .filter(f -> f.source().equals(copy.summary().path()))
                .count();
        assertEquals(flags, copy.flags());
    }
}
