package app.corroborate.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.claim.ClaimEngine;
import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagEngine;
import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseDocuments;
import app.corroborate.store.CaseStore;
import app.corroborate.store.FurnitureOverride;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.text.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyses kept outside the case: found again only for the same build and the same inputs. */
class AnalysisCacheTest {

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        return new SampleCaseFile(new SampleCase(new SourceImporter()), Clock.systemUTC()).ensure(dir, "ed");
    }

    /** The standard engine with this cache. */
    private static CaseAnalyzer standard(AnalysisCache cache) {
        return CaseAnalyzer.standard().withCache(cache);
    }

    /** An engine that raises no flag at all: an analysis with flags can then only come from the cache. */
    private static CaseAnalyzer flagless(AnalysisCache cache) {
        return new CaseAnalyzer(
                new CaseDocuments(new SourceImporter()), new FlagEngine(List.of()), new ClaimEngine(), cache);
    }

    @Test
    void aCaseWhoseInputsDidNotChangeGetsItsAnalysisBack() throws Exception {
        AnalysisCache cache = new AnalysisCache(dir.resolve("cache"), "build-1");
        try (CaseStore store = SqliteCaseStore.open(sample(), Clock.systemUTC())) {
            CaseAnalysis computed = standard(cache).analyze(store);
            assertFalse(computed.flags().isEmpty());
            CaseAnalysis kept = flagless(cache).analyze(store);
            assertEquals(ids(computed.flags()), ids(kept.flags()), "the same flags, ids included");
            assertEquals(computed.claims(), kept.claims());
            assertEquals(computed.sources(), kept.sources());
            assertEquals(computed.toBase(), kept.toBase());
            assertEquals(
                    computed.documents().get(1).text(), kept.documents().get(1).text());
        }
    }

    @Test
    void aFurnitureDecisionANewBaseOrAnotherBuildIsAnalysedAnew() throws Exception {
        Path folder = dir.resolve("cache");
        try (CaseStore store = SqliteCaseStore.open(sample(), Clock.systemUTC())) {
            standard(new AnalysisCache(folder, "build-1")).analyze(store);
            assertTrue(
                    flagless(new AnalysisCache(folder, "build-2"))
                            .analyze(store)
                            .flags()
                            .isEmpty(),
                    "another build computes its own analysis");

            String second = store.sources().get(1).id();
            store.setOverride(new FurnitureOverride(second, new Span(0, 4), true, "other"), "ed");
            assertTrue(flagless(new AnalysisCache(folder, "build-1"))
                    .analyze(store)
                    .flags()
                    .isEmpty());

            standard(new AnalysisCache(folder, "build-1")).analyze(store);
            store.setBase(second, "ed");
            CaseAnalysis rebased =
                    flagless(new AnalysisCache(folder, "build-1")).analyze(store);
            assertTrue(rebased.flags().isEmpty(), "a new base is a new analysis");
            assertEquals(second, rebased.stored().get(0).id());
        }
    }

    @Test
    void aDamagedEntryIsComputedAgainAndNoBuildMeansNoCache() throws Exception {
        Path folder = dir.resolve("cache");
        AnalysisCache cache = new AnalysisCache(folder, "build-1");
        try (CaseStore store = SqliteCaseStore.open(sample(), Clock.systemUTC())) {
            CaseAnalysis computed = standard(cache).analyze(store);
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path entry : entries.toList()) {
                    Files.write(entry, new byte[] {31, -117, 8, 0, 1, 2, 3});
                }
            }
            CaseAnalysis again = standard(cache).analyze(store);
            assertEquals(ids(computed.flags()), ids(again.flags()), "a damaged entry is analysed again");
            assertNotEquals(0, again.flags().size());

            AnalysisCache none = new AnalysisCache(dir.resolve("none"), null);
            standard(none).analyze(store);
            assertFalse(Files.exists(dir.resolve("none")), "without a build to tell apart, nothing is kept");
        }
    }

    @Test
    void anAnalysisIsHandedOverBeforeItIsKeptInTheBackground() throws Exception {
        Path folder = dir.resolve("cache");
        AnalysisCache cache = new AnalysisCache(folder, "build-1").writingInBackground();
        try (CaseStore store = SqliteCaseStore.open(sample(), Clock.systemUTC())) {
            CaseAnalysis computed = standard(cache).analyze(store);
            assertFalse(computed.flags().isEmpty());
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!hasEntry(folder) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(hasEntry(folder), "the entry is written by the background thread");
            assertEquals(
                    ids(computed.flags()), ids(flagless(cache).analyze(store).flags()));
        }
    }

    @Test
    void aHalfWrittenEntryLeftByAnEndedProcessIsRemoved() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cache"));
        Path abandoned = Files.writeString(folder.resolve("old.part"), "half");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.fromMillis(1_000));
        Path writing = Files.writeString(folder.resolve("now.part"), "half");
        new AnalysisCache(folder, "build-1")
                .write(
                        "entry",
                        new AnalysisCache.Entry(
                                List.of(),
                                List.of(),
                                new int[0],
                                List.of(),
                                new app.corroborate.claim.ClaimsMatrix(List.of(), List.of(), List.of())));
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(writing), "another process may be writing it");
    }

    private static boolean hasEntry(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".analysis"));
        }
    }

    @Test
    void keepsTheMostRecentlyUsedEntriesOnly() throws Exception {
        Path folder = dir.resolve("cache");
        AnalysisCache cache = new AnalysisCache(folder, "build-1");
        AnalysisCache.Entry empty = new AnalysisCache.Entry(
                List.of(),
                List.of(),
                new int[0],
                List.of(),
                new app.corroborate.claim.ClaimsMatrix(List.of(), List.of(), List.of()));
        for (int i = 0; i <= AnalysisCache.KEPT; i++) {
            cache.write("entry-" + i, empty);
            Files.setLastModifiedTime(
                    folder.resolve("entry-" + i + ".analysis"),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        cache.write("entry-last", empty);
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertEquals(AnalysisCache.KEPT, names.size(), names.toString());
            assertTrue(names.contains("entry-last.analysis"));
            assertFalse(names.contains("entry-0.analysis"), "the least recently used went first");
        }
    }

    private static List<String> ids(List<Flag> flags) {
        return flags.stream().map(Flag::id).toList();
    }
}
