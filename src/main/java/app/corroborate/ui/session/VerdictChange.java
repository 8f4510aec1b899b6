package app.corroborate.ui.session;

import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;

/** One undoable change of a verdict, note or evidence. */
public record VerdictChange(Target target, String id, VerdictState before, VerdictState after) implements Change {

    @Override
    public String description() {
        return "verdict on the " + target.id();
    }

    /** Nothing to write here: the session writes verdicts with their snapshot. */
    @Override
    public Effect write(CaseStore store, String author, boolean reverse) {
        return Effect.VERDICTS;
    }
}
