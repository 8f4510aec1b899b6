package app.corroborate.ui.session;

import app.corroborate.store.Annotation;
import app.corroborate.store.Target;
import app.corroborate.store.VerdictRecord;

/**
 * A change the editor made that was refused because another editor changed the same verdict or annotation
 * first: both values, for the window to show side by side until the editor keeps theirs or puts their own
 * back over it.
 */
public sealed interface Conflict permits Conflict.OnVerdict, Conflict.OnAnnotation {

    /** "flag", "claim" or "annotation". */
    String what();

    /** "Joss set false (note: police confirmed); you set verified". */
    String describe();

    /** A verdict (with its note) on a flag or claim. */
    record OnVerdict(Target target, String id, VerdictRecord theirs, VerdictState mine) implements Conflict {

        @Override
        public String what() {
            return target.id();
        }

        @Override
        public String describe() {
            return theirs.author() + " set " + theirs.verdict().id() + note(theirs.note()) + "; you set "
                    + mine.verdict().id() + note(mine.note());
        }
    }

    /** An annotation's note, verdict or tags. */
    record OnAnnotation(String id, Annotation theirs, AnnotationChange.State mine) implements Conflict {

        @Override
        public String what() {
            return "annotation";
        }

        @Override
        public String describe() {
            return theirs.author() + " set " + theirs.verdict().id() + note(theirs.note()) + "; you set "
                    + mine.verdict().id() + note(mine.note());
        }
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : " (note: " + note.strip() + ")";
    }
}
