package app.corroborate.ui.session;

import app.corroborate.store.FurnitureOverride;

/** A passage included back in the story or excluded from it; {@code before} is null when it had no decision. */
public record FurnitureChange(FurnitureOverride before, FurnitureOverride after) implements Change {

    @Override
    public String description() {
        return after.excluded() ? "exclusion of a passage" : "inclusion of a passage";
    }
}
