package app.corroborate.store.sqlite;

import app.corroborate.store.CaseException;
import app.corroborate.store.ReadOnlyCaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The file-system side of opening, creating and backing up case files: which folder may be written, who holds
 * the case, which connection reads a case, what to remove when a creation fails.
 *
 * <p>Guarantees: every refusal names its true reason (a missing folder, a file where a folder should be, a
 * read-only folder, a case in use); a wait for the case lock ends after the patience given; nothing but the
 * case's own files is ever removed.
 */
final class CaseAccess {

    private static final long POLL_MS = 50;

    private CaseAccess() {}

    /** Checks an existing case (see {@link CaseOpener}); returns its schema version. */
    static int check(Path file, Predicate<Path> writable) throws CaseException {
        if (!Files.exists(file)) {
            throw new CaseException("no such case file");
        }
        return CaseOpener.checkExisting(file, !writable.test(CaseLock.folder(file)));
    }

    /**
     * A connection for a store that never writes. Where the file can be written the connection itself may write,
     * so that SQLite, closing its last connection, removes the journal files as it always does; where it cannot,
     * the connection is read-only, and immutable if the folder cannot be written either.
     */
    static Connection readingConnection(Path file, boolean unwritable, boolean immutable) throws CaseException {
        try {
            return unwritable ? CaseOpener.connect(file, true, immutable) : CaseOpener.connect(file, false, false);
        } catch (SQLException e) {
            throw Db.translate(e);
        }
    }

    /** Refuses a change to a case in a folder or file that cannot be written, saying which. */
    static void refuseUnwritable(Path file, Predicate<Path> writable) throws ReadOnlyCaseException {
        String unwritable = CaseLock.unwritableReason(file, writable);
        if (unwritable != null) {
            throw new ReadOnlyCaseException(unwritable.replace("; it is read-only here", "; it cannot be changed"));
        }
    }

    /** The case lock, waiting up to {@code patience} for another window or command to let go of it. */
    static CaseLock waitForLock(Path file, Duration patience) throws CaseException {
        long deadline = System.nanoTime() + patience.toNanos();
        CaseLock lock = CaseLock.tryAcquire(file);
        while (lock == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lock = CaseLock.tryAcquire(file);
        }
        if (lock == null) {
            throw new ReadOnlyCaseException("the case is in use by another window or command (waited "
                    + patience.toSeconds() + " s); close it there or try again");
        }
        return lock;
    }

    /** The lock for a new case, after checking that its folder exists and can be written. */
    static CaseLock lockForCreating(Path file) throws CaseException {
        Path folder = CaseLock.folder(file);
        if (!Files.isDirectory(folder)) {
            throw new CaseException("cannot be created: " + missingFolder(folder));
        }
        if (!Files.isWritable(folder)) {
            throw new CaseException("cannot be created: the folder " + folder + " is read-only");
        }
        CaseLock lock = CaseLock.tryAcquire(file);
        if (lock == null) {
            throw new CaseException("cannot be created: another window or command is creating it");
        }
        return lock;
    }

    /** Refuses a backup target that exists or whose folder is missing or read-only, naming it and the reason. */
    static void checkBackupTarget(Path target) throws CaseException {
        if (Files.exists(target)) {
            throw new CaseException(target + " already exists; choose a new file for the backup");
        }
        Path folder = CaseLock.folder(target);
        if (!Files.isDirectory(folder)) {
            throw new CaseException("cannot back up to " + target + ": " + missingFolder(folder));
        }
        if (!Files.isWritable(folder)) {
            throw new CaseException("cannot back up to " + target + ": the folder " + folder + " is read-only");
        }
    }

    private static String missingFolder(Path folder) {
        return Files.exists(folder) ? folder + " is not a folder" : "the folder " + folder + " does not exist";
    }

    /** Removes a case this process created, with its journal files. */
    static void remove(Path file) {
        for (Path p : List.of(
                file,
                CaseOpener.sibling(file, "-wal"),
                CaseOpener.sibling(file, "-shm"),
                CaseOpener.sibling(file, "-journal"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // nothing more can be done here; the caller reports the first failure
            }
        }
    }
}
