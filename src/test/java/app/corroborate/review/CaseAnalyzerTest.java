package app.corroborate.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseStore;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis of a stored case, shared by the window and the command line: progress, cancellation, summaries. */
class CaseAnalyzerTest {

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        return new SampleCaseFile(new SampleCase(new SourceImporter()), Clock.systemUTC()).ensure(dir, "ed");
    }

    @Test
    void reportsProgressAndSummarisesEverySource() throws Exception {
        List<Double> steps = new ArrayList<>();
        try (CaseStore store = SqliteCaseStore.open(sample(), Clock.systemUTC())) {
            CaseAnalysis a = CaseAnalyzer.standard().analyze(store, Cancellation.NONE, (s, f) -> steps.add(f));
            assertEquals(5, a.sources().size());
            assertTrue(a.sources().get(0).base());
            assertFalse(a.flags().isEmpty());
            assertEquals(
                    a.flags().size(),
                    a.sources().stream()
                            .mapToInt(s -> a.flagsOf(s.index()).size())
                            .sum(),
                    "every flag belongs to one source");
            assertEquals(1.0, steps.get(steps.size() - 1));
            for (int i = 1; i < steps.size(); i++) {
                assertTrue(steps.get(i) >= steps.get(i - 1), "progress only moves forward");
            }
        }
    }

    @Test
    void stopsWhenCancelledAndChangesNothing() throws Exception {
        Path file = sample();
        byte[] before = Files.readAllBytes(file);
        AtomicInteger checks = new AtomicInteger();
        try (CaseStore store = SqliteCaseStore.open(file, Clock.systemUTC())) {
            assertThrows(CancelledException.class, () -> CaseAnalyzer.standard()
                    .analyze(store, () -> checks.incrementAndGet() > 1, Progress.NONE));
        }
        assertTrue(checks.get() >= 2, "checked between its steps");
        assertEquals(before.length, Files.readAllBytes(file).length);
    }

    @Test
    void theSampleCopyIsMadeOnceAndKept() throws Exception {
        Path first = sample();
        long size = Files.size(first);
        try (CaseStore store = SqliteCaseStore.open(first, Clock.systemUTC())) {
            store.rename("Renamed by the editor", "ed");
        }
        Path again = sample();
        assertEquals(first, again);
        try (CaseStore store = SqliteCaseStore.open(again, Clock.systemUTC())) {
            assertEquals("Renamed by the editor", store.info().title(), "the editor's copy is never replaced");
        }
        assertTrue(size > 0);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("partial")), "no half-made copy left");
        }
    }

    @Test
    void aSourceIsListedWithWhatItSaysOfItselfAsReadNow() throws Exception {
        Path file = dir.resolve("old.corroborate");
        String page = "Valmora Post\nServing Valmora and the coast since 1968\n\nCouncil backs flood barrier\n\n"
                + "The council approved the flood barrier on Monday after a long and heated debate in the town hall,"
                + " the mayor of Valmora told reporters.\n";
        var read = new SourceImporter().fromBytes("page.txt", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var asImportedLongAgo = app.corroborate.source.SourceDocument.of(
                read.path(),
                read.format(),
                read.encoding(),
                read.sha256(),
                read.raw(),
                read.text(),
                read.blocks(),
                new app.corroborate.source.SourceMetadata("Serving Valmora and the coast since 1968", null, null, null),
                read.excluded());
        try (CaseStore store = SqliteCaseStore.create(file, "Old case", "ed", Clock.systemUTC())) {
            store.addSource(asImportedLongAgo, "page.txt");
            assertEquals(
                    "Serving Valmora and the coast since 1968",
                    store.sources().get(0).title());
            CaseAnalysis a = CaseAnalyzer.standard().analyze(store);
            assertEquals("Council backs flood barrier", a.sources().get(0).headline());
        }
    }
}
