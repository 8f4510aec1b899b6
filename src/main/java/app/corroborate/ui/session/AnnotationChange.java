package app.corroborate.ui.session;

import app.corroborate.store.Annotation;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Verdict;
import java.util.List;

/**
 * An annotation made ({@code before} null: undo withdraws it, redo brings it back) or changed (undo writes
 * {@code before} again).
 */
public record AnnotationChange(String id, String quote, State before, State after) implements Change {

    /** What the editor can change on an annotation. */
    public record State(String note, Verdict verdict, List<String> tags) {

        public static State of(Annotation a) {
            return new State(a.note() == null ? "" : a.note(), a.verdict(), a.tags());
        }
    }

    public boolean made() {
        return before == null;
    }

    @Override
    public Effect write(CaseStore store, String author, boolean reverse) throws CaseException {
        if (made() && reverse) {
            store.withdrawAnnotation(id, author);
        } else if (made()) {
            store.restoreAnnotation(id, author);
        } else {
            State to = reverse ? before : after;
            store.updateAnnotation(id, to.note(), to.verdict(), to.tags(), author);
        }
        return Effect.ANNOTATIONS;
    }

    @Override
    public String description() {
        String q = quote.length() > 40 ? quote.substring(0, 39) + "\u2026" : quote;
        return "annotation on \u2018" + q + "\u2019";
    }
}
