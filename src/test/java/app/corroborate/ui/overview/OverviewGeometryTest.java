package app.corroborate.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.flag.Flag;
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

/** The overview's geometry: which lane, which position along the base. */
class OverviewGeometryTest {

    @TempDir
    Path dir;

    @Test
    void everyVersionHasItsLaneAndMarksSitWhereTheBaseSaysIt() throws Exception {
        CaseAnalysis a;
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            a = CaseAnalyzer.standard().analyze(store);
        }
        List<OverviewMark> marks = OverviewGeometry.of(a);
        assertTrue(
                marks.stream()
                        .allMatch(m -> m.lane() >= 1 && m.lane() < a.documents().size()),
                "no lane 0");
        assertTrue(marks.stream().allMatch(m -> m.top() >= 0 && m.bottom() <= 1 && m.top() <= m.bottom()));
        int baseLength = a.documents().get(0).text().length();
        for (int lane = 1; lane < a.documents().size(); lane++) {
            long flags = marks.stream()
                    .filter(m -> m.flag())
                    .filter(m -> m.lane() == a.documents().size())
                    .count();
            assertEquals(0, flags, "no marks past the last lane");
            List<Flag> laneFlags = a.flagsOf(lane);
            int finalLane = lane;
            assertEquals(
                    laneFlags.size(),
                    marks.stream()
                            .filter(m -> m.lane() == finalLane && m.flag())
                            .count(),
                    "one mark per flag, in its source's lane");
            for (Flag f : laneFlags) {
                if (f.baseSpan() != null) {
                    double at = f.baseSpan().start() / (double) baseLength;
                    assertTrue(
                            marks.stream()
                                    .anyMatch(m -> m.lane() == finalLane && m.flag() && Math.abs(m.top() - at) < 1e-9),
                            "a flag sits at its base position");
                }
            }
        }
    }

    @Test
    void clicksMapToLanesAndBasePositions() {
        assertEquals(1, OverviewGeometry.lane(3, 3, 14));
        assertEquals(3, OverviewGeometry.lane(30, 3, 14));
        assertEquals(-1, OverviewGeometry.lane(50, 3, 14));
        assertEquals(-1, OverviewGeometry.lane(-1, 3, 14));
        assertEquals(500, OverviewGeometry.baseOffset(0.5, 1000));
        assertEquals(1000, OverviewGeometry.baseOffset(1.7, 1000));
        assertEquals(0, OverviewGeometry.baseOffset(-0.2, 1000));
    }
}
