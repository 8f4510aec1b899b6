package app.corroborate.cli;

import app.corroborate.claim.ClaimEngine;
import app.corroborate.claim.ClaimsMatrix;
import app.corroborate.collate.Collation;
import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagEngine;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the whole case analysis (alignments, copy groups, flags, claims) over every version of a set, with its
 * peak heap, and the growth from one set to the next larger one (linear cost: about the ratio of their sizes).
 * Targets: 5 x 500 KB within 1 s, 5 x 5 MB within 12 s in a 1 GB heap, growth from 500 KB to 5 MB at most 12x.
 */
final class CaseBench {

    /** One set's figures: its name, total bytes and median milliseconds. */
    record Timing(String row, long bytes, double medianMs) {}

    private CaseBench() {}

    static Timing row(Parts parts, Path set, int runs, int warmup) throws ImportException {
        List<SourceDocument> docs = new ArrayList<>();
        SourceImporter importer = parts.importer();
        for (int i = 0; Files.isRegularFile(set.resolve("v" + i + ".txt")); i++) {
            docs.add(importer.read(set.resolve("v" + i + ".txt")));
        }
        FlagEngine flags = parts.flags();
        ClaimEngine claims = parts.claims();
        for (int i = 0; i < warmup; i++) {
            analyse(docs, flags, claims);
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        Result last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = CpuClock.nanos();
            last = analyse(docs, flags, claims);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (CpuClock.nanos() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        double heap = HeapProbe.peakMegabytes(() -> analyse(docs, flags, claims));
        long bytes = docs.stream().mapToLong(d -> d.text().length()).sum();
        return new Timing(
                String.format(
                        "| %s | %d | %,d | %.1f | %.1f | %.0f | %.0f | %d | %d |",
                        set.getFileName(),
                        docs.size(),
                        bytes,
                        ms[runs / 2],
                        ms[0],
                        cpu[runs / 2],
                        heap,
                        last.flags().size(),
                        last.claims().claims().size()),
                bytes,
                ms[runs / 2]);
    }

    private record Result(List<Flag> flags, ClaimsMatrix claims) {}

    private static Result analyse(List<SourceDocument> docs, FlagEngine flags, ClaimEngine claims) {
        Collation c = Collation.of(docs, 0);
        return new Result(flags.run(c), claims.build(c));
    }
}
