package app.corroborate.store.sqlite;

import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process for the crash test: writes verdicts to a case as fast as it can and reports each one on
 * standard output only after its transaction committed, until it is killed.
 */
public final class CrashWriter {

    private CrashWriter() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int next = Integer.parseInt(args[1]);
        try (SqliteCaseStore store = SqliteCaseStore.open(file, Clock.systemUTC())) {
            if (store.readOnly()) {
                System.out.println("read-only");
                return;
            }
            for (int i = next; ; i++) {
                store.setVerdict(Target.FLAG, "flag-" + i, Verdict.values()[i % 5], "note " + i, null, "crash-test");
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }
}
