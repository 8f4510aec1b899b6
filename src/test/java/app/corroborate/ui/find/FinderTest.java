package app.corroborate.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.store.CaseStore;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.CaseFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding words across every source: case and accents ignored, offsets into the original texts, source order. */
class FinderTest {

    @TempDir
    Path dir;

    @Test
    void hitsComeSourceBySourceWithExactSpans() throws Exception {
        CaseAnalysis a;
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            a = CaseAnalyzer.standard().analyze(store);
        }
        List<Hit> hits = Finder.find(a, "SUPREME court");
        assertTrue(hits.size() >= 2, "the court is named in several versions");
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i).source() >= hits.get(i - 1).source(), "source by source");
        }
        for (Hit h : hits) {
            assertEquals(
                    "supreme court",
                    h.span().of(a.documents().get(h.source()).text()).toLowerCase());
        }
        assertTrue(Finder.find(a, "  ").isEmpty());
        assertEquals("resume cafe", Finder.foldKeepingLength("Résumé Café"));
    }
}
