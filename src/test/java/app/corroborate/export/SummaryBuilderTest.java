package app.corroborate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.flag.FlagKind;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryBuilderTest {

    @TempDir
    Path dir;

    @Test
    void everyItemIsListedOnceByItsVerdictAndTheCountsSayHowManyAreUnreviewed() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            Summary s = ExportFixtures.summary(store);
            Summary.Counts c = s.counts();
            assertEquals(8, c.items());
            assertEquals(
                    List.of(1, 2, 1, 0, 4),
                    List.of(c.verified(), c.falseItems(), c.disputed(), c.unverifiable(), c.unreviewed()));
            assertEquals(
                    c.items(),
                    s.verified().size()
                            + s.contested().size()
                            + s.unverifiable().size()
                            + s.unreviewed().size());
            assertTrue(s.verified().stream().allMatch(i -> i.verdict() == Verdict.VERIFIED));
            assertTrue(s.unreviewed().stream().allMatch(i -> i.verdict() == Verdict.UNREVIEWED));
            assertTrue(s.unreviewed().stream().anyMatch(i -> i.kind().equals("date")), "the date flag is unreviewed");
            boolean copies =
                    s.sources().get(0).copyGroup() == s.sources().get(1).copyGroup();
            assertEquals(
                    copies
                            ? List.of("The Valley Courier (with rewrite.txt)")
                            : List.of("The Valley Courier", "rewrite.txt"),
                    s.verified().get(0).supporters(),
                    "copies of one wire text are one independent source");
            assertEquals(2, s.annotations().size());
        }
    }

    @Test
    void aVerdictKeepsItsSnapshotAfterItsSourceIsReimportedAndTheFlagIsNoLongerRaised() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            String number = ExportFixtures.flag(ExportFixtures.analysis(store), FlagKind.NUMBER)
                    .id();
            VerdictSnapshot before = store.snapshot(Target.FLAG, number).orElseThrow();
            StoredSource rewrite = store.sources().get(1);
            store.reimport(
                    rewrite.id(),
                    ExportFixtures.doc("rewrite-2.txt", ExportFixtures.REWRITE.replace("Some 2,100", "About 1,200")),
                    "rewrite-2.txt",
                    "Mara");

            assertEquals(before, store.snapshot(Target.FLAG, number).orElseThrow());
            Summary s = ExportFixtures.summary(store);
            Item item = s.contested().stream()
                    .filter(i -> i.id().equals(number))
                    .findFirst()
                    .orElseThrow();
            assertFalse(item.current());
            assertTrue(item.snapshot());
            assertTrue(item.sourceChanged());
            assertEquals("Some 2,100 residents", item.passages().get(1).exact());
            assertTrue(Wording.remarks(item).get(0).startsWith("No longer raised by the current engine"));
            assertEquals(2, s.counts().falseItems(), "the verdict still counts");
        }
    }

    @Test
    void aVerdictSetWithoutASnapshotIsShownAsTheCurrentAnalysisHasIt() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            Item days = ExportFixtures.summary(store).contested().stream()
                    .filter(i -> i.text().equals("two days"))
                    .findFirst()
                    .orElseThrow();
            assertFalse(days.snapshot());
            assertTrue(days.current());
            assertEquals(Verdict.FALSE, days.verdict());
            assertEquals("It rained for three days", days.note());
        }
    }
}
