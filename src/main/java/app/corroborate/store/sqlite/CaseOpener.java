package app.corroborate.store.sqlite;

import app.corroborate.store.CaseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens case files safely: checks that an existing file is an SQLite database, a case, of a schema this build
 * knows, and intact, all through a read-only connection before anything writes to it; then opens for writing
 * when this window gets the case lock, read-only otherwise.
 *
 * <p>Guarantees: a file that is not a case, is damaged or comes from a newer version is refused with a one-line
 * message and left byte for byte as it was, with nothing added beside it (the journal files SQLite makes while
 * checking are removed again); a case in a folder that cannot be written is read as an immutable file, so
 * read-only media can be listed and backed up.
 */
final class CaseOpener {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\u0000".getBytes(StandardCharsets.ISO_8859_1);
    static final int BUSY_TIMEOUT_MS = 5000;

    private CaseOpener() {}

    /** Checks an existing file before it is opened; {@code immutable} when its folder cannot be written. */
    static int checkExisting(Path file, boolean immutable) throws CaseException {
        if (!Files.isRegularFile(file)) {
            throw new CaseException("is not a file");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new CaseException("cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (read == 0) {
            throw new CaseException("is an empty file, not a case");
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new CaseException("is not a Corroborate case file");
        }
        Path wal = sibling(file, "-wal");
        Path shm = sibling(file, "-shm");
        boolean hadJournal = Files.exists(wal) || Files.exists(shm);
        try {
            return checkContent(file, immutable);
        } catch (CaseException e) {
            if (!hadJournal) {
                deleteQuietly(wal);
                deleteQuietly(shm);
            }
            throw e;
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // left for the user; the case file itself is untouched
        }
    }

    /** The case's schema version, once it is known to be an intact case this build can read. */
    private static int checkContent(Path file, boolean immutable) throws CaseException {
        try (Connection c = connect(file, true, immutable)) {
            int app = Migrations.applicationId(c);
            int version = Migrations.version(c);
            if (app != Migrations.APPLICATION_ID && !(app == 0 && version == 0 && empty(c))) {
                throw new CaseException("is an SQLite database but not a Corroborate case file");
            }
            if (version > Migrations.CURRENT) {
                throw new CaseException("was written by a newer version of Corroborate (case schema " + version
                        + "; this version reads up to " + Migrations.CURRENT + "); it was left untouched");
            }
            quickCheck(c);
            return version;
        } catch (SQLException e) {
            throw Db.translate(e);
        }
    }

    private static boolean empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return r.next() && r.getInt(1) == 0;
        }
    }

    private static void quickCheck(Connection c) throws SQLException, CaseException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String result = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                String detail =
                        result.replaceAll("\\*\\*\\*[^*]*\\*\\*\\*", "").strip().replaceAll("\\s+", " ");
                throw new CaseException("the case file is damaged (" + detail + "); open a backup copy");
            }
        }
    }

    /**
     * A connection; {@code immutable} (read-only only) reads the file as it is without any journal or lock file,
     * for folders that cannot be written.
     */
    static Connection connect(Path file, boolean readOnly, boolean immutable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        if (immutable) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            return config.createConnection(
                    "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
        }
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
