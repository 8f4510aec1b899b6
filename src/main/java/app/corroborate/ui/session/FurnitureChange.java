package app.corroborate.ui.session;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.FurnitureOverride;

/** A passage included back in the story or excluded from it; {@code before} is null when it had no decision. */
public record FurnitureChange(FurnitureOverride before, FurnitureOverride after) implements Change {

    @Override
    public Effect write(CaseStore store, String author, boolean reverse) throws CaseException {
        FurnitureOverride back = reverse ? before : after;
        if (back == null) {
            store.clearOverride(after.sourceId(), after.span(), author);
        } else {
            store.setOverride(back, author);
        }
        return Effect.ANALYSIS;
    }

    @Override
    public String description() {
        return after.excluded() ? "exclusion of a passage" : "inclusion of a passage";
    }
}
