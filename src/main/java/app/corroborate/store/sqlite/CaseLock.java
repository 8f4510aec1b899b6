package app.corroborate.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Predicate;

/**
 * Tells whether a case is open for writing elsewhere: an operating-system lock on a small file beside the case
 * ({@code CASE.lock}), held as long as the case is open for writing and released by the system if the process
 * dies. SQLite's own locking keeps the data consistent; this lock decides who may write.
 */
final class CaseLock implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private CaseLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path caseFile) {
        return caseFile.resolveSibling(caseFile.getFileName() + ".lock");
    }

    /** The lock, or null if another process or window holds it or it cannot be made here. */
    static CaseLock tryAcquire(Path caseFile) {
        Path path = lockFile(caseFile);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new CaseLock(path, channel, lock);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // held elsewhere, or the folder is read-only: no lock
        }
        closeQuietly(channel);
        return null;
    }

    /** The folder that holds the case file. */
    static Path folder(Path caseFile) {
        Path folder = caseFile.toAbsolutePath().getParent();
        return folder != null ? folder : caseFile.toAbsolutePath().getRoot();
    }

    /**
     * Why a case cannot be written here, or null if it can (and is simply locked by another window);
     * {@code writable} tells whether this process may write a path (the system's answer, or a test's).
     */
    static String unwritableReason(Path caseFile, Predicate<Path> writable) {
        if (!writable.test(folder(caseFile))) {
            return "the case is in a read-only folder; it is read-only here";
        }
        if (Files.exists(caseFile) && !writable.test(caseFile)) {
            return "the case file is read-only; it is read-only here";
        }
        return null;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to release
            }
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
            lock.release();
        } catch (IOException ignored) {
            // the system releases the lock with the channel
        }
        closeQuietly(channel);
    }
}
