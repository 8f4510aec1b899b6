package app.corroborate.cli;

import app.corroborate.source.ImportException;
import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.text.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Store figures: opening a case of 20 sources and 10,000 annotations (open, list sources, annotations and
 * verdicts, as the workbench does) and the latency of single verdict writes, each its own durable transaction.
 */
final class StoreBench {

    private static final int SOURCES = 20;
    private static final int ANNOTATIONS = 10_000;
    private static final int WRITES = 1000;

    private StoreBench() {}

    static void run(PrintWriter out, Parts parts, Path dir) throws CaseException, ImportException, IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-" + System.nanoTime() + ".corroborate");
        Clock clock = Clock.systemUTC();
        try (CaseStore store = SqliteCaseStore.create(file, "bench", "bench", clock)) {
            fill(parts.importer(), store);
        }
        double[] open = new double[15];
        for (int i = 0; i < open.length; i++) {
            long t0 = System.nanoTime();
            try (CaseStore store = SqliteCaseStore.open(file, clock)) {
                store.sources();
                store.annotations();
                store.verdicts();
            }
            open[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] writes = new double[WRITES];
        try (CaseStore store = SqliteCaseStore.open(file, clock)) {
            for (int i = 0; i < WRITES; i++) {
                long t0 = System.nanoTime();
                store.setVerdict(Target.FLAG, "flag-" + (i % 300), Verdict.values()[i % 5], "note " + i, null, "bench");
                writes[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(open);
        Arrays.sort(writes);
        out.printf("%n| store | figure |%n|---|---|%n");
        out.printf(
                "| case file | %d sources, %,d annotations, %.1f MB |%n", SOURCES, ANNOTATIONS, Files.size(file) / 1e6);
        out.printf(
                "| open + list sources, annotations, verdicts | median %.1f ms, max %.1f ms |%n",
                open[open.length / 2], open[open.length - 1]);
        out.printf(
                "| verdict write (own transaction, synchronous) | median %.2f ms, p99 %.2f ms, max %.2f ms |%n",
                writes[WRITES / 2], writes[(int) (WRITES * 0.99)], writes[WRITES - 1]);
        deleteAll(file);
    }

    static void fill(SourceImporter importer, CaseStore store) throws CaseException, ImportException {
        List<SourceDocument> sample = new SampleCase(importer).load();
        for (int i = 0; i < SOURCES; i++) {
            SourceDocument d = sample.get(i % sample.size());
            String text = d.text() + "\n\nEdition " + i + ".";
            store.addSource(
                    importer.fromBytes(d.path(), text.getBytes(StandardCharsets.UTF_8)), "edition-" + i + ".txt");
        }
        List<StoredSource> sources = store.sources();
        for (int i = 0; i < ANNOTATIONS; i++) {
            StoredSource s = sources.get(i % sources.size());
            int start = (i * 37) % Math.max(1, s.text().length() - 40);
            store.annotate(
                    s.id(), new Span(start, start + 30), "note " + i, Verdict.UNREVIEWED, List.of("bench"), "bench");
        }
    }

    private static void deleteAll(Path file) throws IOException {
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path p : siblings.sorted(Comparator.reverseOrder()).toList()) {
                if (p.getFileName().toString().startsWith(file.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
