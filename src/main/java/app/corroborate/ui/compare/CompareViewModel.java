package app.corroborate.ui.compare;

import app.corroborate.flag.Flag;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.source.Exclusion;
import app.corroborate.store.Annotation;
import app.corroborate.store.FurnitureOverride;
import app.corroborate.store.Verdict;
import app.corroborate.text.Span;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.session.CaseSession;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The compared pair: the base and the selected version, their styles and alignment (computed through the task
 * runner, never on the UI thread), the difference F7 is on, and requests to reveal a place in both panes.
 *
 * <p>Guarantees: a reveal asked for a source that is still being computed is made once that comparison is
 * shown; a newer comparison cancels an older one still running; a comparison computed or prepared ahead for the
 * same analysis, annotations and marking is shown without computing it again.
 */
public final class CompareViewModel {

    private final CaseSession session;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ComparisonModel> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper difference = new ReadOnlyIntegerWrapper(-1);
    private final javafx.beans.property.StringProperty placeholder = new javafx.beans.property.SimpleStringProperty();
    private final javafx.beans.property.BooleanProperty showRewording =
            new javafx.beans.property.SimpleBooleanProperty(true);
    private TaskRunner.Running running = TaskRunner.Running.DONE;
    private final ComparisonCache cache = new ComparisonCache();
    private final java.util.Set<ComparisonCache.Key> preparing = new java.util.HashSet<>();
    private ComparisonCache.Key wanted;
    private Reveal pending;
    private int pendingIndex = -1;
    private long serial;
    private String pendingNote;

    public CompareViewModel(CaseSession session, TaskRunner tasks) {
        this.session = session;
        this.tasks = tasks;
        placeholder.bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> session.work().runningProperty().get()
                        ? "Analysing the case\u2026"
                        : session.analysis().isEmpty()
                                ? "This case has no sources yet. Add them with: corroborate case add CASE FILE\u2026"
                                : "Preparing the comparison\u2026",
                session.work().runningProperty(),
                session.analysisProperty()));
        showRewording.addListener((o, was, now) -> {
            ComparisonModel shown = comparison.get();
            if (shown != null) {
                compare(shown.index());
            }
        });
        session.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> {
            ComparisonModel shown = comparison.get();
            if (shown != null) {
                compare(shown.index());
            }
        });
    }

    /** Whether word edits no flag is about (neutral rewording) are marked; a change recomputes the styles. */
    public javafx.beans.property.BooleanProperty showRewordingProperty() {
        return showRewording;
    }

    /** What the comparison area says while there is nothing to compare. */
    public javafx.beans.binding.StringExpression placeholderProperty() {
        return placeholder;
    }

    /**
     * Compares source {@code index} of the current analysis with the base, in the background (at once when it was
     * computed already or prepared ahead); then prepares its neighbours in the source list.
     */
    public void compare(int index) {
        CaseAnalysis analysis = session.analysis();
        running.cancel();
        wanted = null;
        if (analysis.isEmpty() || index < 0 || index >= analysis.documents().size()) {
            comparison.set(null);
            return;
        }
        ComparisonCache.Key key = key(analysis, index);
        ComparisonModel ready = cache.get(key);
        if (ready != null) {
            shown(ready);
            prepareAround(analysis, index);
            return;
        }
        if (preparing.contains(key)) {
            wanted = key;
            return;
        }
        running = tasks.run(
                () -> ComparisonModel.of(analysis, index, key.notes(), key.edits()),
                m -> {
                    cache.put(key, m);
                    shown(m);
                    prepareAround(analysis, index);
                },
                e -> comparison.set(null));
    }

    private ComparisonCache.Key key(CaseAnalysis analysis, int index) {
        return new ComparisonCache.Key(analysis, index, List.copyOf(session.annotations()), showRewording.get());
    }

    /** Computes the comparisons of the sources before and after {@code index} in the background, for Ctrl+Tab. */
    private void prepareAround(CaseAnalysis analysis, int index) {
        for (int next : new int[] {index + 1, index - 1}) {
            if (next < 0 || next >= analysis.documents().size() || !ComparisonCache.worthPreparing(analysis, next)) {
                continue;
            }
            ComparisonCache.Key key = key(analysis, next);
            if (cache.contains(key) || !preparing.add(key)) {
                continue;
            }
            tasks.run(
                    () -> ComparisonModel.of(analysis, next, key.notes(), key.edits()),
                    m -> {
                        preparing.remove(key);
                        cache.put(key, m);
                        if (key.equals(wanted)) {
                            wanted = null;
                            shown(m);
                            prepareAround(analysis, next);
                        }
                    },
                    e -> {
                        preparing.remove(key);
                        if (key.equals(wanted)) {
                            wanted = null;
                            compare(next);
                        }
                    });
        }
    }

    private void shown(ComparisonModel model) {
        difference.set(-1);
        comparison.set(model);
        if (pending != null && pendingIndex == model.index()) {
            Reveal r = pending;
            pending = null;
            reveal.set(r);
        } else if (pendingNote != null && pendingIndex == model.index()) {
            String id = pendingNote;
            pendingNote = null;
            revealNote(model, id, Side.OTHER);
        }
    }

    /** Nothing is shown as selected any more (the inspector cleared): the panes drop their selections. */
    public void clearReveal() {
        pending = null;
        reveal.set(null);
    }

    /** Brings a flag into view in both panes (after its source's comparison is shown, if need be). */
    public void revealFlag(Flag flag, int index) {
        Reveal r = new Reveal(flag.baseSpan(), flag.variantSpan(), ++serial);
        ComparisonModel now = comparison.get();
        if (now != null && now.index() == index) {
            reveal.set(r);
        } else {
            pending = r;
            pendingNote = null;
            pendingIndex = index;
        }
    }

    /** Moves to the next difference of the compared pair; false when there is none. */
    public boolean nextDifference() {
        return moveTo(d -> Differences.next(d, difference.get()));
    }

    public boolean previousDifference() {
        return moveTo(d -> Differences.previous(d, difference.get()));
    }

    private boolean moveTo(java.util.function.ToIntFunction<List<Difference>> step) {
        ComparisonModel m = comparison.get();
        if (m == null) {
            return false;
        }
        int i = step.applyAsInt(m.differences());
        if (i < 0) {
            return false;
        }
        difference.set(i);
        Difference d = m.differences().get(i);
        reveal.set(new Reveal(d.base(), d.other(), ++serial));
        return true;
    }

    /**
     * Excludes a passage from the story, or includes page furniture again, in the shown source of {@code side}.
     */
    public boolean setFurniture(Side side, Span span, boolean exclude) {
        ComparisonModel m = comparison.get();
        if (m == null || span.isEmpty()) {
            return false;
        }
        String sourceId =
                side == Side.BASE ? m.baseSource().id() : m.otherSource().id();
        return session.sources().setOverride(new FurnitureOverride(sourceId, span, exclude, exclude ? "other" : null));
    }

    /** The furniture span of {@code side} holding {@code offset}, if any. */
    public Optional<Span> furnitureAt(Side side, int offset) {
        ComparisonModel m = comparison.get();
        if (m == null) {
            return Optional.empty();
        }
        return m.document(side).excluded().stream()
                .map(Exclusion::span)
                .filter(s -> s.contains(offset) || s.end() == offset && offset > s.start())
                .findFirst();
    }

    /** The ids of the annotations whose passage on {@code side} holds {@code offset}. */
    public List<String> notesAt(Side side, int offset) {
        ComparisonModel m = comparison.get();
        if (m == null) {
            return List.of();
        }
        return m.notes(side).entrySet().stream()
                .filter(e -> e.getValue().contains(offset))
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    /** The note of an annotation (its verdict when it has no note). */
    public String noteText(String annotationId) {
        return session.annotations().stream()
                .filter(a -> a.id().equals(annotationId))
                .findFirst()
                .map(a -> a.note() == null || a.note().isBlank() ? a.verdict().id() : a.note())
                .orElse("");
    }

    /** Annotates a passage of the source shown on {@code side}; false when the case refused it. */
    public boolean annotate(Side side, Span span, String note, Verdict verdict, List<String> tags) {
        ComparisonModel m = comparison.get();
        if (m == null || span.isEmpty()) {
            return false;
        }
        String sourceId =
                side == Side.BASE ? m.baseSource().id() : m.otherSource().id();
        return session.annotate(sourceId, span, note, verdict, tags).isPresent();
    }

    /**
     * Brings an annotated passage into view in the pane of its source: the base pane for the base, else the
     * compared pane (comparing that source first if need be).
     */
    public void revealNote(String annotationId, int sourceIndex) {
        ComparisonModel now = comparison.get();
        Side side = sourceIndex == 0 ? Side.BASE : Side.OTHER;
        if (now != null && (side == Side.BASE || now.index() == sourceIndex)) {
            revealNote(now, annotationId, side);
        } else {
            pendingNote = annotationId;
            pendingIndex = sourceIndex;
            pending = null;
        }
    }

    private void revealNote(ComparisonModel m, String annotationId, Side side) {
        Span at = m.notes(side).get(annotationId);
        if (at != null) {
            reveal.set(side == Side.BASE ? new Reveal(at, null, ++serial) : new Reveal(null, at, ++serial));
        }
    }

    /** Compares source {@code index} and brings a place of the base (and what faces it) into view. */
    public void revealBaseIn(int index, Span baseSpan) {
        Reveal r = new Reveal(baseSpan, null, ++serial);
        ComparisonModel now = comparison.get();
        if (now != null && now.index() == index) {
            reveal.set(r);
        } else {
            pending = r;
            pendingNote = null;
            pendingIndex = index;
        }
    }

    /** Brings a span of source {@code index} into view (the base pane for the base), comparing it if need be. */
    public void revealAt(int index, Span span) {
        Reveal r = index == 0 ? new Reveal(span, null, ++serial) : new Reveal(null, span, ++serial);
        ComparisonModel now = comparison.get();
        if (now != null && (index == 0 || now.index() == index)) {
            reveal.set(r);
        } else {
            pending = r;
            pendingNote = null;
            pendingIndex = index;
        }
    }

    /** The flags of the compared version whose span on {@code side} holds {@code offset}. */
    public List<Flag> flagsAt(Side side, int offset) {
        ComparisonModel m = comparison.get();
        if (m == null) {
            return List.of();
        }
        return m.flags().stream()
                .filter(f -> {
                    Span s = side == Side.BASE ? f.baseSpan() : f.variantSpan();
                    return s != null && (s.contains(offset) || s.isEmpty() && s.start() == offset);
                })
                .toList();
    }

    public ReadOnlyObjectProperty<ComparisonModel> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The latest reveal request; a new object each time, so listeners see repeats. */
    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** The index of the difference F7 is on, -1 before the first. */
    public ReadOnlyIntegerProperty differenceProperty() {
        return difference.getReadOnlyProperty();
    }

    public boolean readOnly() {
        return session.readOnly();
    }
}
