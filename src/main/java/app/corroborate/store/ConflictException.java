package app.corroborate.store;

import java.util.Optional;

/**
 * A change made against an older version of a verdict or an annotation: someone else changed it meanwhile. The
 * change was not saved (nothing is overwritten silently); the refusal carries what the other editor set, so both
 * can be shown and the editor can choose, and the case's audit log records both.
 */
public final class ConflictException extends CaseException {

    private final transient VerdictRecord verdict;
    private final transient Annotation annotation;

    private ConflictException(String message, VerdictRecord verdict, Annotation annotation) {
        super(message);
        this.verdict = verdict;
        this.annotation = annotation;
    }

    /** {@code theirs} is the verdict as it now stands (null: none yet); {@code mine} what was refused. */
    public static ConflictException onVerdict(Target target, VerdictRecord theirs, Verdict mine) {
        if (theirs == null) {
            return new ConflictException(
                    "this " + target.id() + " has no verdict yet, not the one your change was "
                            + "made against; your change (" + mine.id() + ") was not saved",
                    null,
                    null);
        }
        return new ConflictException(
                theirs.author() + " changed the verdict on this "
                        + theirs.target().id()
                        + " meanwhile (to " + theirs.verdict().id() + noteOf(theirs.note()) + ", version "
                        + theirs.version()
                        + "); your change (" + mine.id() + ") was not saved",
                theirs,
                null);
    }

    public static ConflictException onAnnotation(Annotation theirs, Verdict mine, String myNote) {
        String yours = mine != null ? mine.id() : myNote != null ? "note \"" + clip(myNote) + "\"" : "tags";
        return new ConflictException(
                theirs.author() + " changed this annotation meanwhile (to "
                        + theirs.verdict().id() + noteOf(theirs.note()) + ", version " + theirs.version()
                        + "); your change (" + yours + ") was not saved",
                null,
                theirs);
    }

    /** The verdict as the other editor left it, when the conflict is on a verdict. */
    public Optional<VerdictRecord> theirVerdict() {
        return Optional.ofNullable(verdict);
    }

    /** The annotation as the other editor left it, when the conflict is on an annotation. */
    public Optional<Annotation> theirAnnotation() {
        return Optional.ofNullable(annotation);
    }

    private static String noteOf(String note) {
        return note == null || note.isBlank() ? "" : ", note \"" + clip(note) + "\"";
    }

    private static String clip(String s) {
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }
}
