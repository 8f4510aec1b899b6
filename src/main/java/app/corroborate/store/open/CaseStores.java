package app.corroborate.store.open;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.jdbc.CaseCopy;
import app.corroborate.store.jdbc.JdbcCaseStore;
import app.corroborate.store.postgres.PostgresCaseStore;
import app.corroborate.store.postgres.ServerAddress;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Opens, creates and copies cases at any {@link CaseLocation}: a case file (SQLite) or a case on a PostgreSQL
 * server, completing server addresses from the environment given ({@link ServerAddress}).
 *
 * <p>Guarantees: a case file is opened exactly as before (one writer; others read-only); a server case is always
 * writable by many; a failed creation or copy leaves no case behind; a copy is verified by reading it back.
 */
public final class CaseStores {

    private final Clock clock;
    private final Map<String, String> env;
    private final Path home;

    public CaseStores(Clock clock, Map<String, String> env, Path home) {
        this.clock = clock;
        this.env = env;
        this.home = home;
    }

    /** The system clock, the process's environment and the user's home folder. */
    public static CaseStores standard() {
        return new CaseStores(Clock.systemUTC(), System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    private ServerAddress address(CaseLocation.Server s) {
        return ServerAddress.of(s, env, home);
    }

    /** Opens as a window does: a case file for writing if no one else has it, read-only otherwise. */
    public CaseStore open(CaseLocation location) throws CaseException {
        if (location instanceof CaseLocation.Server s) {
            return PostgresCaseStore.open(s, address(s), clock);
        }
        return SqliteCaseStore.open(((CaseLocation.File) location).file(), clock);
    }

    /** Opens for reading only, never keeping a writer waiting. */
    public CaseStore openReadOnly(CaseLocation location) throws CaseException {
        if (location instanceof CaseLocation.Server s) {
            return PostgresCaseStore.open(s, address(s), clock);
        }
        return SqliteCaseStore.openReadOnly(((CaseLocation.File) location).file(), clock);
    }

    /** Opens for a change; a case file waits up to {@code patience} for another writer to let go of it. */
    public CaseStore openForWriting(CaseLocation location, Duration patience) throws CaseException {
        if (location instanceof CaseLocation.Server s) {
            return PostgresCaseStore.open(s, address(s), clock);
        }
        return SqliteCaseStore.openForWriting(((CaseLocation.File) location).file(), clock, patience);
    }

    /** Creates a case; refuses one that exists. */
    public CaseStore create(CaseLocation location, String title, String editor) throws CaseException {
        if (location instanceof CaseLocation.Server s) {
            return PostgresCaseStore.create(s, address(s), title, editor, clock);
        }
        return SqliteCaseStore.create(((CaseLocation.File) location).file(), title, editor, clock);
    }

    private JdbcCaseStore createEmpty(CaseLocation location) throws CaseException {
        if (location instanceof CaseLocation.Server s) {
            return PostgresCaseStore.createEmpty(s, address(s), clock);
        }
        return SqliteCaseStore.createEmpty(((CaseLocation.File) location).file(), clock);
    }

    /**
     * Copies the whole case at {@code from} to a new case at {@code to} (file to server, server to file, or any
     * other pair) and compares both; refuses a target that exists, and leaves none behind when anything fails.
     */
    public CaseCopy.Report copy(CaseLocation from, CaseLocation to) throws CaseException {
        try (CaseStore source = openReadOnly(from)) {
            JdbcCaseStore target = createEmpty(to);
            try {
                CaseCopy.Report report = CaseCopy.copy((JdbcCaseStore) source, target);
                target.close();
                return report;
            } catch (CaseException | RuntimeException e) {
                target.discard();
                throw e;
            }
        }
    }
}
