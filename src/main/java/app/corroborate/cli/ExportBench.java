package app.corroborate.cli;

import app.corroborate.export.ExportFormat;
import app.corroborate.export.Exporter;
import app.corroborate.export.Publisher;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.VerdictSnapshots;
import app.corroborate.source.ImportException;
import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Export figures: the verified summary of a case of 5 sources of about 50 KB each with 200 verdicts (each with its
 * snapshot), warm and in-process: building the summary from the store and the analysis (the analysis itself is
 * not timed: the window has it already), then writing Markdown, HTML and PDF. Budget: Markdown and HTML under
 * 300 ms, PDF under 3 s.
 */
final class ExportBench {

    private static final int SOURCES = 5;
    private static final int SOURCE_CHARS = 50_000;
    private static final int VERDICTS = 200;
    private static final Verdict[] CYCLE = {Verdict.VERIFIED, Verdict.FALSE, Verdict.DISPUTED, Verdict.UNVERIFIABLE};

    private ExportBench() {}

    static void run(PrintWriter out, Parts parts, Path dir, int runs, int warmup)
            throws CaseException, ImportException, IOException {
        ExportCommand.quietPdfLogging();
        Files.createDirectories(dir);
        Path file = dir.resolve("export-" + System.nanoTime() + ".corroborate");
        try (CaseStore store = SqliteCaseStore.create(file, "Export bench", "bench", Clock.systemUTC())) {
            fill(parts.importer(), store);
            CaseAnalysis analysis = parts.analyzer().analyze(store);
            int verdicts = judge(parts.snapshots(), store, analysis);
            Exporter exporter = parts.exporter().get();
            out.printf(
                    "%n| export (%d sources, %,d characters, %d flags + %d claims, %d verdicts) | median ms "
                            + "| max ms | bytes | budget |%n|---|---|---|---|---|%n",
                    SOURCES,
                    chars(analysis),
                    analysis.flags().size(),
                    analysis.claims().claims().size(),
                    verdicts);
            double[] build = time(runs, warmup, () -> exporter.summary(store, analysis, Publisher.NONE));
            out.printf(
                    "| summary built from the case and the analysis | %.1f | %.1f | - | - |%n",
                    median(build), build[build.length - 1]);
            for (ExportFormat f : List.of(
                    ExportFormat.MARKDOWN,
                    ExportFormat.HTML,
                    ExportFormat.PDF,
                    ExportFormat.ANNOTATIONS,
                    ExportFormat.CLAIMREVIEW)) {
                int[] size = new int[1];
                double[] ms = time(runs, warmup, () -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    exporter.write(exporter.summary(store, analysis, Publisher.NONE), f, bytes);
                    size[0] = bytes.size();
                    return bytes;
                });
                double budget = f == ExportFormat.PDF ? 3000 : 300;
                String verdict = (median(ms) < budget ? "under " : "OVER ") + (int) budget + " ms";
                out.printf(
                        "| %s (summary + writing) | %.1f | %.1f | %,d | %s |%n",
                        f.id(), median(ms), ms[ms.length - 1], size[0], verdict);
                out.flush();
            }
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    /** Work to time. */
    private interface Work {
        Object run() throws CaseException, IOException;
    }

    private static double[] time(int runs, int warmup, Work work) throws CaseException, IOException {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** Five versions of the sample story, each repeated in numbered parts to about 50 KB. */
    private static void fill(SourceImporter importer, CaseStore store) throws CaseException, ImportException {
        List<SourceDocument> sample = new SampleCase(importer).load();
        for (int i = 0; i < SOURCES; i++) {
            String story = sample.get(i % sample.size()).text();
            StringBuilder text = new StringBuilder();
            for (int part = 1; text.length() < SOURCE_CHARS; part++) {
                text.append("Part ").append(part).append(".\n\n").append(story).append("\n\n");
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            store.addSource(importer.fromBytes("version-" + i + ".txt", bytes), "version-" + i + ".txt");
        }
    }

    /**
     * Verdicts with snapshots on the flags and claims, then on flags the engine no longer raises (a real flag's
     * snapshot under another id) until there are {@value #VERDICTS}.
     */
    private static int judge(VerdictSnapshots snapshots, CaseStore store, CaseAnalysis analysis) throws CaseException {
        List<VerdictSnapshot> all = new ArrayList<>();
        analysis.flags().forEach(f -> all.add(snapshots.of(analysis, f)));
        analysis.claims().claims().forEach(c -> all.add(snapshots.of(analysis, c)));
        for (int i = 0; i < VERDICTS && !all.isEmpty(); i++) {
            VerdictSnapshot s = all.get(i % all.size());
            if (i >= all.size()) {
                s = new VerdictSnapshot(
                        s.target(),
                        s.targetId() + "-gone-" + i,
                        s.kind(),
                        s.severity(),
                        s.explanation(),
                        s.text(),
                        s.passages(),
                        s.appVersion(),
                        s.taken());
            }
            store.setVerdict(
                    s.target(),
                    s.targetId(),
                    CYCLE[i % CYCLE.length],
                    "Note " + i + " <b>checked</b>",
                    "https://example.org/evidence/" + i,
                    "bench",
                    s);
        }
        return Math.min(VERDICTS, all.isEmpty() ? 0 : VERDICTS);
    }

    private static int chars(CaseAnalysis analysis) {
        return analysis.documents().stream().mapToInt(d -> d.text().length()).sum();
    }
}
