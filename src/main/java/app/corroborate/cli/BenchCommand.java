package app.corroborate.cli;

import app.corroborate.align.Alignment;
import app.corroborate.align.Relation;
import app.corroborate.align.SentenceAligner;
import app.corroborate.align.Version;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times alignment and word diff of {@code v0.txt} against {@code v1.txt} in every set of a
 * generated corpus (warm, in-process, median of several runs), with peak heap, an output-stability check, and
 * {@code git diff --no-index --word-diff=porcelain} on the same files in the same run as the reference.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Benchmark alignment + word diff on a corpus of generated revision sets (see the README's Benchmark section).")
final class BenchCommand implements Callable<Integer> {

    private final Parts parts;

    BenchCommand(Parts parts) {
        this.parts = parts;
    }

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "target/bench-corpus",
            description = "Folder of sets (<size>[-heavy]/v0.txt, v1.txt). Default: ${DEFAULT-VALUE}.")
    Path corpus;

    @Option(names = "--runs", defaultValue = "7", description = "Timed runs per set (median reported).")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed runs per set first.")
    int warmup;

    @Option(names = "--no-git", description = "Skip the git diff reference.")
    boolean noGit;

    @Option(names = "--store", description = "Benchmark the case store instead (20 sources, 10,000 annotations).")
    boolean store;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "With --store: also a case on this PostgreSQL "
                    + "server (postgresql://USER@HOST:PORT/DATABASE?case=NAME; the case is made and dropped), side by side "
                    + "with the case file, with 8 concurrent writers.")
    String server;

    @Option(
            names = "--export",
            description =
                    "Benchmark the export of the verified summary instead (5 sources x " + "50 KB, 200 verdicts).")
    boolean export;

    @Spec
    CommandSpec spec;

    private void sharedStores(PrintWriter out)
            throws IOException, ImportException, app.corroborate.store.CaseException {
        Path dir = Files.createDirectories(Path.of("target", "bench-store"));
        Path file = dir.resolve("shared-" + System.nanoTime() + ".corroborate");
        try {
            SharedStoreBench.run(
                    out,
                    parts,
                    parts.cases().stores(),
                    List.of(
                            new app.corroborate.store.CaseLocation.File(file),
                            app.corroborate.store.CaseLocation.parse(server)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    @Override
    public Integer call() throws IOException, ImportException, app.corroborate.store.CaseException {
        PrintWriter out = spec.commandLine().getOut();
        if (store) {
            StoreBench.run(out, parts, Path.of("target", "bench-store"));
            if (server != null) {
                sharedStores(out);
            }
            return 0;
        }
        if (export) {
            ExportBench.run(out, parts, Path.of("target", "bench-export"), runs, warmup);
            return 0;
        }
        List<Path> sets = sets();
        if (sets.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("corroborate: " + corpus + ": no sets with v0.txt and v1.txt; "
                            + "write them with python3 ../shared/bench/gen_corpus.py --out " + corpus);
            return CorroborateCommand.BAD_INPUT;
        }
        out.println("| set | bytes (v0+v1) | align + word diff, median ms | min ms | CPU ms (all threads), median "
                + "| peak heap MB | same / changed / moved / added / dropped | stable | git word-diff ms |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (Path set : sets) {
            out.println(row(set));
            out.flush();
        }
        List<Path> cases = sets.stream()
                .filter(s -> Files.isRegularFile(s.resolve("v2.txt")))
                .toList();
        if (!cases.isEmpty()) {
            out.println();
            out.println("| set | versions | characters | flags + claims, median ms | min ms | CPU ms (all threads), "
                    + "median | peak heap MB | flags | claims |");
            out.println("|---|---|---|---|---|---|---|---|---|");
            CaseBench.Timing previous = null;
            List<String> growth = new java.util.ArrayList<>();
            for (Path set : cases) {
                CaseBench.Timing t = CaseBench.row(parts, set, runs, warmup);
                out.println(t.row());
                out.flush();
                if (previous != null) {
                    growth.add(String.format(
                            "growth %s: %.1fx the time for %.1fx the text",
                            set.getFileName(),
                            t.medianMs() / previous.medianMs(),
                            (double) t.bytes() / previous.bytes()));
                }
                previous = t;
            }
            growth.forEach(out::println);
        }
        return 0;
    }

    private List<Path> sets() throws IOException {
        if (!Files.isDirectory(corpus)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(corpus)) {
            return dirs.filter(
                            d -> Files.isRegularFile(d.resolve("v0.txt")) && Files.isRegularFile(d.resolve("v1.txt")))
                    .sorted((x, y) -> Long.compare(size(x), size(y)) != 0
                            ? Long.compare(size(x), size(y))
                            : x.getFileName()
                                    .toString()
                                    .compareTo(y.getFileName().toString()))
                    .toList();
        }
    }

    private static long size(Path set) {
        try {
            return Files.size(set.resolve("v0.txt"));
        } catch (IOException e) {
            return 0;
        }
    }

    private String row(Path set) throws ImportException {
        SourceImporter importer = parts.importer();
        Version a = Version.of(importer.read(set.resolve("v0.txt")));
        Version b = Version.of(importer.read(set.resolve("v1.txt")));
        SentenceAligner aligner = parts.aligner();
        String first = Json.write(CompareReport.of(aligner.align(a, b)));
        for (int i = 0; i < warmup; i++) {
            aligner.align(a, b);
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        boolean stable = true;
        Alignment last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = CpuClock.nanos();
            last = aligner.align(a, b);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (CpuClock.nanos() - c0) / 1e6;
            stable &= Json.write(CompareReport.of(last)).equals(first);
        }
        Arrays.sort(cpu);
        double heap = HeapProbe.peakMegabytes(() -> aligner.align(a, b));
        Arrays.sort(ms);
        String git = noGit ? "-" : String.format("%.1f", GitReference.medianMillis(set, runs));
        String counts = String.format(
                "%d / %d / %d / %d / %d",
                last.count(Relation.SAME),
                last.count(Relation.CHANGED),
                last.count(Relation.MOVED),
                last.count(Relation.ADDED),
                last.count(Relation.DROPPED));
        return String.format(
                "| %s | %,d | %.1f | %.1f | %.0f | %.0f | %s | %s | %s |",
                set.getFileName(),
                a.text().length() + b.text().length(),
                ms[ms.length / 2],
                ms[0],
                cpu[cpu.length / 2],
                heap,
                counts,
                stable ? "yes" : "NO",
                git);
    }
}
