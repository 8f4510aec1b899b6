package app.corroborate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/** Times {@code git diff --no-index --word-diff=porcelain v0.txt v1.txt} as a whole process. */
final class GitReference {

    private GitReference() {}

    /** Median wall time in ms over {@code runs}, or NaN when git is not available. */
    static double medianMillis(Path set, int runs) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            if (!run(set)) {
                return Double.NaN;
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static boolean run(Path set) {
        ProcessBuilder pb = new ProcessBuilder(
                        "git",
                        "diff",
                        "--no-index",
                        "--word-diff=porcelain",
                        set.resolve("v0.txt").toString(),
                        set.resolve("v1.txt").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            int code = pb.start().waitFor();
            return code == 0 || code == 1;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
