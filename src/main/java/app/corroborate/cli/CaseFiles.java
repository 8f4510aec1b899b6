package app.corroborate.cli;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.EditorName;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Opens and creates case files for the command line, naming the file in every refusal. */
final class CaseFiles {

    /** How long a command waits for the case another window or command has open. */
    static final Duration LOCK_PATIENCE = Duration.ofSeconds(5);

    private CaseFiles() {
    }

    /** Opens as the window does: for writing if no other window or command has the case, read-only otherwise. */
    static CaseStore open(Path file) throws CaseException {
        try {
            return SqliteCaseStore.open(file, Clock.systemUTC());
        } catch (CaseException e) {
            throw named(file, e);
        }
    }

    /** Opens for reading only: a listing or a backup never keeps a writer waiting. */
    static CaseStore openReadOnly(Path file) throws CaseException {
        try {
            return SqliteCaseStore.openReadOnly(file, Clock.systemUTC());
        } catch (CaseException e) {
            throw named(file, e);
        }
    }

    /**
     * Opens for a change, waiting up to {@link #LOCK_PATIENCE} for another window or command to close the case;
     * refuses with the true reason (read-only file or folder, or still in use) otherwise.
     */
    static CaseStore openForWriting(Path file) throws CaseException {
        try {
            return SqliteCaseStore.openForWriting(file, Clock.systemUTC(), LOCK_PATIENCE);
        } catch (CaseException e) {
            throw named(file, e);
        }
    }

    static SqliteCaseStore create(Path file, String title, String editor) throws CaseException {
        try {
            return SqliteCaseStore.create(file, title, editor, Clock.systemUTC());
        } catch (CaseException e) {
            throw named(file, e);
        }
    }

    static CaseException named(Path file, CaseException e) {
        return e.getMessage().startsWith(file.toString()) ? e : new CaseException(file + ": " + e.getMessage(), e);
    }

    static String author(String given) {
        return given != null && !given.isBlank() ? given.strip() : EditorName.fromUserPreferences().current();
    }
}
