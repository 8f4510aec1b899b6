package app.corroborate.ui.session;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;

/** A source taken out of the comparison (kept in the case); undo restores it, as the base when it was. */
public record SourceRemoval(String sourceId, String label, boolean wasBase) implements Change {

    @Override
    public Effect write(CaseStore store, String author, boolean reverse) throws CaseException {
        if (!reverse) {
            store.removeSource(sourceId, author);
        } else {
            store.restoreSource(sourceId, author);
            if (wasBase) {
                store.setBase(sourceId, author);
            }
        }
        return Effect.SOURCES;
    }

    @Override
    public String description() {
        return "removal of " + label;
    }
}
