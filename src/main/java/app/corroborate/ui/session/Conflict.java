package app.corroborate.ui.session;

import app.corroborate.store.Target;
import app.corroborate.store.VerdictRecord;

/**
 * A verdict the editor set that was refused because another editor changed it first: both values, for the window
 * to show side by side until the editor keeps theirs or sets theirs aside for {@code mine}.
 */
public record Conflict(Target target, String id, VerdictRecord theirs, VerdictState mine) {

    /** "Joss set false (note: police confirmed); you set verified". */
    public String describe() {
        return theirs.author() + " set " + theirs.verdict().id() + note(theirs.note()) + "; you set "
                + mine.verdict().id() + note(mine.note());
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : " (note: " + note.strip() + ")";
    }
}
