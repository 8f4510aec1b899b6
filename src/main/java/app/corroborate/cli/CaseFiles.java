package app.corroborate.cli;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.EditorName;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.nio.file.Path;
import java.time.Clock;

/** Opens and creates case files for the command line, naming the file in every refusal. */
final class CaseFiles {

    private CaseFiles() {
    }

    static CaseStore open(Path file) throws CaseException {
        try {
            return SqliteCaseStore.open(file, Clock.systemUTC());
        } catch (CaseException e) {
            throw named(file, e);
        }
    }

    /** Opens for a change: refuses up front when the case is open elsewhere. */
    static CaseStore openForWriting(Path file) throws CaseException {
        CaseStore store = open(file);
        if (store.readOnly()) {
            store.close();
            throw new CaseException(file + ": the case is open in another window; close it there first");
        }
        return store;
    }

    static CaseStore create(Path file, String title, String editor) throws CaseException {
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
