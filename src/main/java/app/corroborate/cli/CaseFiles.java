package app.corroborate.cli;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.EditorName;
import app.corroborate.store.open.CaseStores;
import java.time.Duration;

/**
 * Opens and creates cases for the command line, a case file or a case on a server alike, naming the case in
 * every refusal (a server address without its password).
 */
public final class CaseFiles {

    /** How long a command waits for the case another window or command has open. */
    static final Duration LOCK_PATIENCE = Duration.ofSeconds(5);

    private final CaseStores stores;

    public CaseFiles(CaseStores stores) {
        this.stores = stores;
    }

    CaseStores stores() {
        return stores;
    }

    /** Opens as the window does: for writing if no other window or command has the case, read-only otherwise. */
    CaseStore open(CaseLocation location) throws CaseException {
        try {
            return stores().open(location);
        } catch (CaseException e) {
            throw named(location, e);
        }
    }

    /** Opens for reading only: a listing or a backup never keeps a writer waiting. */
    CaseStore openReadOnly(CaseLocation location) throws CaseException {
        try {
            return stores().openReadOnly(location);
        } catch (CaseException e) {
            throw named(location, e);
        }
    }

    /**
     * Opens for a change, waiting up to {@link #LOCK_PATIENCE} for another window or command to close a case
     * file; refuses with the true reason (read-only file or folder, still in use, server unreachable) otherwise.
     */
    CaseStore openForWriting(CaseLocation location) throws CaseException {
        try {
            return stores().openForWriting(location, LOCK_PATIENCE);
        } catch (CaseException e) {
            throw named(location, e);
        }
    }

    CaseStore create(CaseLocation location, String title, String editor) throws CaseException {
        try {
            return stores().create(location, title, editor);
        } catch (CaseException e) {
            throw named(location, e);
        }
    }

    static CaseException named(Object location, CaseException e) {
        String name = location.toString();
        return e.getMessage().startsWith(name) ? e : new CaseException(name + ": " + e.getMessage(), e);
    }

    static String author(String given) {
        return given != null && !given.isBlank()
                ? given.strip()
                : EditorName.fromUserPreferences().current();
    }
}
