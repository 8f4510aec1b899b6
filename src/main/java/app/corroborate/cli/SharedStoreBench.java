package app.corroborate.cli;

import app.corroborate.source.ImportException;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.ConflictException;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.open.CaseStores;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store figures of the case file and a case on a PostgreSQL server side by side: a verdict write (median,
 * p99), opening a case of 20 sources and 10,000 annotations, and 8 writers x 500 verdicts on the same flags, each
 * change made against the version the writer last read, counting conflicts (refused, reported) and losses
 * (acknowledged changes missing afterwards: each acknowledged change must be one version of its flag).
 *
 * <p>A case file has one writer: its 8 writers are threads sharing the window's store. On the server each writer
 * is a store of its own (its own connection), as 8 editors' windows are.
 */
final class SharedStoreBench {

    static final int WRITERS = 8;
    static final int PER_WRITER = 500;
    static final int FLAGS = 40;
    private static final int WRITES = 1000;

    private SharedStoreBench() {}

    /** One column of the table. */
    record Column(
            String name,
            double writeMedian,
            double writeP99,
            double openMedian,
            int acknowledged,
            int conflicts,
            int errors,
            long losses,
            double seconds) {}

    static void run(PrintWriter out, Parts parts, CaseStores stores, List<CaseLocation> locations)
            throws CaseException, ImportException, java.io.IOException, InterruptedException {
        List<Column> columns = new ArrayList<>();
        for (CaseLocation at : locations) {
            columns.add(measure(parts, stores, at));
        }
        out.printf("%n| figure |%s%n|---|%s%n", join(columns, c -> " " + c.name() + " |"), join(columns, c -> "---|"));
        out.printf(
                "| verdict write, median / p99 |%s%n",
                join(columns, c -> String.format(" %.2f / %.2f ms |", c.writeMedian(), c.writeP99())));
        out.printf(
                "| open 20 sources + 10,000 annotations (median of 5) |%s%n",
                join(columns, c -> String.format(" %.0f ms |", c.openMedian())));
        out.printf(
                "| %d writers x %d verdicts on %d flags: acknowledged / conflicts / errors |%s%n",
                WRITERS,
                PER_WRITER,
                FLAGS,
                join(columns, c -> String.format(" %d / %d / %d |", c.acknowledged(), c.conflicts(), c.errors())));
        out.printf(
                "| ... losses (goal 0), wall time |%s%n",
                join(columns, c -> String.format(" %d, %.1f s |", c.losses(), c.seconds())));
        out.flush();
    }

    private static String join(List<Column> columns, java.util.function.Function<Column, String> cell) {
        return String.join("", columns.stream().map(cell).toList());
    }

    private static Column measure(Parts parts, CaseStores stores, CaseLocation at)
            throws CaseException, ImportException, InterruptedException {
        String name = at instanceof CaseLocation.Server ? "PostgreSQL" : "SQLite file";
        try (CaseStore store = stores.create(at, "bench", "bench")) {
            StoreBench.fill(parts.importer(), store);
        }
        double[] open = new double[5];
        for (int i = 0; i < open.length; i++) {
            long t0 = System.nanoTime();
            try (CaseStore store = stores.open(at)) {
                store.sources();
                store.annotations();
                store.verdicts();
            }
            open[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(open);
        double[] writes = new double[WRITES];
        try (CaseStore store = stores.open(at)) {
            for (int i = 0; i < WRITES; i++) {
                long t0 = System.nanoTime();
                store.setVerdict(
                        Target.CLAIM, "claim-" + (i % 300), Verdict.values()[i % 5], "note " + i, null, "bench");
                writes[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(writes);
        Column c = concurrent(stores, at, name, writes[WRITES / 2], writes[(int) (WRITES * 0.99)], open[2]);
        try (CaseStore store = stores.open(at)) {
            store.discard();
        }
        return c;
    }

    private static Column concurrent(
            CaseStores stores, CaseLocation at, String name, double median, double p99, double openMedian)
            throws CaseException, InterruptedException {
        boolean shared = at instanceof CaseLocation.File;
        List<CaseStore> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(shared && w > 0 ? writers.get(0) : stores.open(at));
        }
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        int[][] acknowledged = new int[WRITERS][FLAGS];
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(pool.submit(() -> writeAll(writers.get(writer), writer, acknowledged[writer], conflicts, errors)));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long losses = 0;
        int total = 0;
        CaseStore check = writers.get(0);
        for (int f = 0; f < FLAGS; f++) {
            int acks = 0;
            for (int[] a : acknowledged) {
                acks += a[f];
            }
            total += acks;
            long version = check.verdict(Target.FLAG, "flag-" + f)
                    .map(VerdictRecord::version)
                    .orElse(0L);
            losses += Math.abs(acks - version);
        }
        for (CaseStore s : shared ? writers.subList(0, 1) : writers) {
            s.close();
        }
        return new Column(name, median, p99, openMedian, total, conflicts.get(), errors.get(), losses, seconds);
    }

    private static Void writeAll(
            CaseStore store, int writer, int[] acknowledged, AtomicInteger conflicts, AtomicInteger errors) {
        for (int i = 0; i < PER_WRITER; i++) {
            int flag = (i * 7 + writer * 13) % FLAGS;
            try {
                long seen = store.verdict(Target.FLAG, "flag-" + flag)
                        .map(VerdictRecord::version)
                        .orElse(0L);
                store.setVerdict(
                        Target.FLAG,
                        "flag-" + flag,
                        Verdict.values()[(i + writer) % 5],
                        "writer " + writer + " change " + i,
                        null,
                        "writer-" + writer,
                        null,
                        seen);
                acknowledged[flag]++;
            } catch (ConflictException e) {
                conflicts.incrementAndGet();
            } catch (CaseException e) {
                errors.incrementAndGet();
            }
        }
        return null;
    }
}
