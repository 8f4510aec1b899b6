package app.corroborate.store.sqlite;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.jdbc.JdbcCaseStore;
import app.corroborate.store.jdbc.Work;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A case kept in one SQLite file (WAL journal, foreign keys on, a busy timeout, synchronous commits), through
 * sqlite-jdbc.
 *
 * <p>Guarantees: see {@link CaseStore}; in addition, an existing file is checked through a read-only connection
 * before anything writes to it ({@link CaseOpener}); the window that holds the case lock writes, any other opens
 * it read-only and is told so.
 */
public final class SqliteCaseStore extends JdbcCaseStore {

    private final Path file;
    private final Db db;
    private final CaseLock lock;

    private SqliteCaseStore(Path file, Db db, CaseLock lock, Clock clock) {
        super(clock);
        this.file = file;
        this.db = db;
        this.lock = lock;
    }

    @Override
    protected <T> T read(Work<T> work) throws CaseException {
        return db.read(work);
    }

    @Override
    protected <T> T write(Work<T> work) throws CaseException {
        return db.write(work);
    }

    @Override
    protected <T> T readConsistent(Work<T> work) throws CaseException {
        return db.readConsistent(work);
    }

    /** Creates a case file with its tables and no description: the target of a copy; refuses an existing file. */
    public static SqliteCaseStore createEmpty(Path file, Clock clock) throws CaseException {
        if (Files.exists(file)) {
            throw new CaseException("already exists; choose a new file for the copy");
        }
        CaseLock lock = CaseAccess.lockForCreating(file);
        try {
            return writable(file, clock, lock);
        } catch (CaseException e) {
            CaseAccess.remove(file);
            throw e;
        }
    }

    /** How long a reader waits to bring an older case up to date while another window or command has it. */
    private static final Duration READER_PATIENCE = Duration.ofSeconds(5);

    /** Creates a new case; refuses a file that already exists, or a folder that is missing or read-only. */
    public static SqliteCaseStore create(Path file, String title, String editor, Clock clock) throws CaseException {
        if (Files.exists(file)) {
            throw new CaseException("already exists; open it instead of creating it");
        }
        CaseLock lock = CaseAccess.lockForCreating(file);
        SqliteCaseStore store;
        try {
            store = writable(file, clock, lock);
        } catch (CaseException e) {
            CaseAccess.remove(file);
            throw e;
        }
        try {
            store.describe(title, editor);
        } catch (CaseException e) {
            store.discard();
            throw e;
        }
        return store;
    }

    /** Opens an existing case: for writing if no other window has it, read-only otherwise. */
    public static SqliteCaseStore open(Path file, Clock clock) throws CaseException {
        return open(file, clock, Files::isWritable);
    }

    /** {@link #open(Path, Clock)}, with {@code writable} telling which paths this process may write. */
    static SqliteCaseStore open(Path file, Clock clock, Predicate<Path> writable) throws CaseException {
        CaseAccess.check(file, writable);
        String unwritable = CaseLock.unwritableReason(file, writable);
        CaseLock lock = unwritable == null ? CaseLock.tryAcquire(file) : null;
        if (lock == null) {
            String reason =
                    unwritable != null ? unwritable : "the case is open in another window; it is read-only here";
            return readOnly(file, clock, reason, unwritable != null, !writable.test(CaseLock.folder(file)));
        }
        return writable(file, clock, lock);
    }

    /**
     * Opens an existing case for reading only, leaving it free for any window or command to write; a case of an
     * older schema is brought up to date first where it can be written (waiting for the lock as a writer does).
     */
    public static SqliteCaseStore openReadOnly(Path file, Clock clock) throws CaseException {
        int version = CaseAccess.check(file, Files::isWritable);
        String unwritable = CaseLock.unwritableReason(file, Files::isWritable);
        if (version < Migrations.CURRENT && unwritable == null) {
            openForWriting(file, clock, READER_PATIENCE).close();
        }
        return readOnly(
                file,
                clock,
                unwritable != null ? unwritable : "the case was opened for reading only",
                unwritable != null,
                !Files.isWritable(CaseLock.folder(file)));
    }

    /**
     * Opens an existing case for a change, waiting up to {@code patience} for another window or command to let
     * go of it (as SQLite's busy timeout waits for a lock); refuses with the true reason otherwise: the file or
     * its folder is read-only, or the case stayed in use.
     */
    public static SqliteCaseStore openForWriting(Path file, Clock clock, Duration patience) throws CaseException {
        return openForWriting(file, clock, patience, Files::isWritable);
    }

    static SqliteCaseStore openForWriting(Path file, Clock clock, Duration patience, Predicate<Path> writable)
            throws CaseException {
        CaseAccess.check(file, writable);
        CaseAccess.refuseUnwritable(file, writable);
        return writable(file, clock, CaseAccess.waitForLock(file, patience));
    }

    /** A store that refuses changes with {@code reason} (see {@link CaseAccess#readingConnection}). */
    private static SqliteCaseStore readOnly(
            Path file, Clock clock, String reason, boolean unwritable, boolean immutable) throws CaseException {
        return new SqliteCaseStore(
                file, new Db(CaseAccess.readingConnection(file, unwritable, immutable), true, reason), null, clock);
    }

    /** Opens for writing under {@code lock}, migrating the schema; releases the lock if that fails. */
    private static SqliteCaseStore writable(Path file, Clock clock, CaseLock lock) throws CaseException {
        Db db = null;
        try {
            db = new Db(CaseOpener.connect(file, false, false), false, null);
            db.write(c -> {
                Migrations.migrate(c);
                return null;
            });
            return new SqliteCaseStore(file, db, lock, clock);
        } catch (SQLException | CaseException e) {
            if (db != null) {
                db.close();
            }
            lock.close();
            throw e instanceof SQLException q ? Db.translate(q) : (CaseException) e;
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public boolean readOnly() {
        return db.readOnly();
    }

    @Override
    public void backup(Path target) throws CaseException {
        checkBackupTarget(target);
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(
                        "backup to '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return null;
        });
    }

    /** Refuses a backup target that exists or whose folder is missing or read-only, naming it and the reason. */
    public static void checkBackupTarget(Path target) throws CaseException {
        CaseAccess.checkBackupTarget(target);
    }

    /** The JDBC connection, for integrity checks in tests and tools. */
    Connection connection() {
        return db.connection();
    }

    @Override
    public void close() {
        db.close();
        if (lock != null) {
            lock.close();
        }
    }

    /** Closes a case this process created and removes it with its journal files. */
    @Override
    public void discard() {
        close();
        CaseAccess.remove(file);
    }
}
