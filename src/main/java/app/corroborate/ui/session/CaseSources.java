package app.corroborate.ui.session;

import app.corroborate.source.SourceDocument;
import app.corroborate.store.Annotation;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.FurnitureOverride;
import app.corroborate.store.StoredSource;
import app.corroborate.ui.common.UndoHistory;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sources of the case open in the window as the editor changes them: the base, sources taken out of the
 * comparison and put back, a source replaced by its newer version, page furniture included or excluded.
 *
 * <p>Guarantees: each change is committed to the case and recorded for undo before it shows; a refused change
 * leaves the case and what is shown as they were and says why; every accepted change recomputes the analysis (in
 * the background, through the session); a removed source stays in the case, listed by {@link #removed()}.
 */
public final class CaseSources {

    /** Reads something of the case again. */
    interface Reload {
        void run() throws CaseException;
    }

    /**
     * What a source change needs from the session it belongs to: where a refusal (or "" to clear it) and good news
     * are shown, how the annotations are read again (a change of sources moves or orphans some), and how the
     * analysis is recomputed in the background.
     */
    record Session(Consumer<String> message, Consumer<String> notice, Reload annotations, Runnable analyse) {}

    private final CaseStore store;
    private final String author;
    private final UndoHistory<Change> history;
    private final Session session;
    private final ObservableList<StoredSource> removed = FXCollections.observableArrayList();
    private final ObservableList<StoredSource> shownRemoved = FXCollections.unmodifiableObservableList(removed);

    CaseSources(CaseStore store, String author, UndoHistory<Change> history, Session session) {
        this.store = store;
        this.author = author;
        this.history = history;
        this.session = session;
    }

    /** The sources the editor removed (kept in the case), as they change. */
    public ObservableList<StoredSource> removed() {
        return shownRemoved;
    }

    /** Makes another source the base and recomputes the analysis; false (with the reason) when refused. */
    public boolean setBase(String sourceId) {
        try {
            String before = store.sources().stream()
                    .filter(StoredSource::base)
                    .map(StoredSource::id)
                    .findFirst()
                    .orElse(null);
            store.setBase(sourceId, author);
            if (before != null && !before.equals(sourceId)) {
                history.record(new BaseChange(before, sourceId));
            }
            session.message().accept("");
            session.analyse().run();
            return true;
        } catch (CaseException e) {
            session.message().accept("Not saved: " + e.getMessage());
            return false;
        }
    }

    /**
     * Takes a source out of the comparison; the case keeps it with its annotations and verdicts, it is listed
     * among {@link #removed()}, and undo (or {@link #restore}) brings it back.
     */
    public boolean remove(String sourceId, String label) {
        try {
            boolean base = store.sources().stream().anyMatch(x -> x.id().equals(sourceId) && x.base());
            store.removeSource(sourceId, author);
            history.record(new SourceRemoval(sourceId, label, base));
            changed();
            session.notice()
                    .accept("Removed " + label + " from the comparison; it stays in the case (Ctrl+Z brings it back)");
            return true;
        } catch (CaseException e) {
            session.message().accept("Not removed: " + e.getMessage());
            return false;
        }
    }

    /** Puts a removed source back in the comparison. */
    public boolean restore(String sourceId) {
        try {
            store.restoreSource(sourceId, author);
            changed();
            session.message().accept("");
            return true;
        } catch (CaseException e) {
            session.message().accept("Not restored: " + e.getMessage());
            return false;
        }
    }

    /**
     * Replaces a source with a newer version (the case keeps the old one), re-reads the annotations (each moved
     * with its passage, or orphaned) and recomputes the analysis; returns the annotations now orphaned.
     */
    public List<Annotation> reimport(String sourceId, SourceDocument newer, String fileName) throws CaseException {
        List<Annotation> orphans = store.reimport(sourceId, newer, fileName, author);
        session.annotations().run();
        session.analyse().run();
        return orphans;
    }

    /** Includes page furniture back in the story, or excludes story text, then recomputes the analysis. */
    public boolean setOverride(FurnitureOverride override) {
        try {
            FurnitureOverride before = store.overrides(override.sourceId()).stream()
                    .filter(o -> o.span().equals(override.span()))
                    .findFirst()
                    .orElse(null);
            store.setOverride(override, author);
            history.record(new FurnitureChange(before, override));
            session.analyse().run();
            return true;
        } catch (CaseException e) {
            session.message().accept("Not saved: " + e.getMessage());
            return false;
        }
    }

    /** Reads the removed sources and the annotations again and recomputes the analysis (after undo or redo). */
    void changed() throws CaseException {
        removed.setAll(store.removedSources());
        session.annotations().run();
        session.analyse().run();
    }

    /** Shows {@code now} as the removed sources (read by another window's change). */
    void showRemoved(List<StoredSource> now) {
        removed.setAll(now);
    }
}
