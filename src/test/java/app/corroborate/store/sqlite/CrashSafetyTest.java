package app.corroborate.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.Target;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the process at any moment loses no committed action: a child process writes verdicts and reports
 * each commit; it is killed with SIGKILL at random points, many times; every reported commit must be in the
 * case afterwards, and the file must pass {@code PRAGMA integrity_check}.
 */
class CrashSafetyTest {

    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void everyReportedCommitSurvivesSigkill() throws Exception {
        Path file = dir.resolve("crash.corroborate");
        SqliteCaseStore.create(file, "crash", "test", StoreFixtures.CLOCK).close();
        Random random = new Random(42);
        int next = 0;
        List<Integer> reported = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            Process child = start(file, next);
            int stopAfter = 1 + random.nextInt(150);
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("committed ")) {
                    reported.add(Integer.parseInt(line.substring(10)));
                    if (--stopAfter == 0) {
                        break;
                    }
                } else {
                    throw new AssertionError("child said: " + line);
                }
            }
            child.destroyForcibly();
            child.waitFor();
            next = reported.get(reported.size() - 1) + 1;
            try (SqliteCaseStore store = SqliteCaseStore.open(file, StoreFixtures.CLOCK)) {
                for (int id : reported) {
                    assertTrue(store.verdict(Target.FLAG, "flag-" + id).isPresent(), "commit " + id + " lost");
                }
                assertEquals("ok", integrity(store));
            }
        }
        assertTrue(reported.size() >= KILLS, "the children committed work before being killed");
    }

    @Test
    void aSecondProcessOpensReadOnlyWhileTheFirstWrites() throws Exception {
        Path file = dir.resolve("shared.corroborate");
        SqliteCaseStore.create(file, "shared", "test", StoreFixtures.CLOCK).close();
        Process writer = start(file, 0);
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(out.readLine().startsWith("committed"), "the first process writes");
            try (SqliteCaseStore second = SqliteCaseStore.open(file, StoreFixtures.CLOCK)) {
                assertTrue(second.readOnly(), "the second process is told the case is open elsewhere");
                assertTrue(second.verdict(Target.FLAG, "flag-0").isPresent(), "and reads what was committed");
            }
        } finally {
            writer.destroyForcibly();
            writer.waitFor();
        }
        try (SqliteCaseStore after = SqliteCaseStore.open(file, StoreFixtures.CLOCK)) {
            assertTrue(!after.readOnly(), "a dead process does not keep the case locked");
            assertEquals("ok", integrity(after));
        }
    }

    private static Process start(Path file, int next) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                file.toString(),
                Integer.toString(next));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static String integrity(SqliteCaseStore store) throws Exception {
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            return r.getString(1);
        }
    }
}
