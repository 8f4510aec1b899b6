package app.corroborate.ui.session;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;

/** Another source made the base; undo makes the earlier one the base again. */
public record BaseChange(String before, String after) implements Change {

    @Override
    public Effect write(CaseStore store, String author, boolean reverse) throws CaseException {
        store.setBase(reverse ? before : after, author);
        return Effect.ANALYSIS;
    }

    @Override
    public String description() {
        return "change of base";
    }
}
