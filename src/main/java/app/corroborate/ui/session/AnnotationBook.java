package app.corroborate.ui.session;

import app.corroborate.store.Annotation;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.ConflictException;
import app.corroborate.store.Verdict;
import app.corroborate.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The annotations of the open case as the window shows them (orphans included, in the order they were made), and
 * their writing.
 *
 * <p>Guarantees: an annotation shows as made or changed only once the case has committed it; a change refused
 * because another editor changed the annotation first shows theirs and is handed over as a {@link Conflict}.
 */
final class AnnotationBook {

    private final CaseStore store;
    private final String author;
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Annotation> shown = FXCollections.unmodifiableObservableList(annotations);

    AnnotationBook(CaseStore store, String author) {
        this.store = store;
        this.author = author;
    }

    ObservableList<Annotation> shown() {
        return shown;
    }

    /** Shows these annotations, when they differ from those shown. */
    void setAll(List<Annotation> read) {
        if (!read.equals(annotations)) {
            annotations.setAll(read);
        }
    }

    /** Annotates a passage; returns the change to remember for undo. */
    AnnotationChange annotate(String sourceId, Span span, String note, Verdict verdict, List<String> tags)
            throws CaseException {
        Annotation a = store.annotate(sourceId, span, note, verdict, tags, author);
        annotations.add(a);
        return new AnnotationChange(a.id(), a.selector().exact(), null, AnnotationChange.State.of(a));
    }

    /**
     * Changes an annotation's note, verdict or tags (null keeps a value); returns the change to remember for undo,
     * empty when nothing changed. When another editor was first, their annotation is shown and the conflict told
     * to {@code conflict} before the refusal is thrown.
     */
    Optional<AnnotationChange> update(
            String id, String note, Verdict verdict, List<String> tags, Consumer<Conflict> conflict)
            throws CaseException {
        Annotation old =
                annotations.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        try {
            Annotation a = store.updateAnnotation(
                    id, note, verdict, tags, author, old == null ? CaseStore.ANY_VERSION : old.version());
            annotations.replaceAll(x -> x.id().equals(id) ? a : x);
            if (old == null || AnnotationChange.State.of(old).equals(AnnotationChange.State.of(a))) {
                return Optional.empty();
            }
            return Optional.of(new AnnotationChange(
                    id, a.selector().exact(), AnnotationChange.State.of(old), AnnotationChange.State.of(a)));
        } catch (ConflictException e) {
            e.theirAnnotation().ifPresent(theirs -> {
                annotations.replaceAll(x -> x.id().equals(id) ? theirs : x);
                AnnotationChange.State was = AnnotationChange.State.of(old == null ? theirs : old);
                conflict.accept(new Conflict.OnAnnotation(
                        id,
                        theirs,
                        new AnnotationChange.State(
                                note != null ? note : was.note(),
                                verdict != null ? verdict : was.verdict(),
                                tags != null ? tags : was.tags())));
            });
            throw e;
        }
    }
}
