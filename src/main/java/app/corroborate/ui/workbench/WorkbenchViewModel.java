package app.corroborate.ui.workbench;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.ui.annotations.AnnotationRow;
import app.corroborate.ui.annotations.AnnotationsViewModel;
import app.corroborate.ui.claims.ClaimsViewModel;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.compare.CompareViewModel;
import app.corroborate.ui.flags.FlagRow;
import app.corroborate.ui.flags.FlagsViewModel;
import app.corroborate.ui.inspector.InspectorViewModel;
import app.corroborate.ui.session.CaseSession;
import app.corroborate.ui.session.Change;
import app.corroborate.ui.session.VerdictChange;
import app.corroborate.ui.sources.SourcesViewModel;
import java.util.Optional;
import javafx.collections.MapChangeListener;

/**
 * The main screen of an open case: the sources, the comparison, the flags and the inspector, kept in step, and
 * the commands of the keyboard click-through.
 *
 * <p>Guarantees: selecting a flag compares its source and reveals it in both panes; a verdict shows in the list,
 * the inspector and the counts as soon as the case file has it; undo selects the flag whose change it reverses.
 */
public final class WorkbenchViewModel {

    private final CaseSession session;
    private final SourcesViewModel sources = new SourcesViewModel();
    private final FlagsViewModel flags = new FlagsViewModel();
    private final CompareViewModel compare;
    private final InspectorViewModel inspector;
    private final AnnotationsViewModel notes;
    private final ClaimsViewModel claims;
    private final javafx.beans.property.BooleanProperty onNote = new javafx.beans.property.SimpleBooleanProperty();
    private final Place.Memory place;
    private final TaskRunner tasks;
    private boolean resumePosted;
    private boolean resumed;
    private Place kept;

    public WorkbenchViewModel(CaseSession session, TaskRunner tasks) {
        this(session, tasks, Place.Memory.NONE);
    }

    /** A workbench that resumes where {@code place} says the editor left the case, and keeps it up to date. */
    public WorkbenchViewModel(CaseSession session, TaskRunner tasks, Place.Memory place) {
        this.session = session;
        this.place = place;
        this.tasks = tasks;
        this.compare = new CompareViewModel(session, tasks);
        this.inspector = new InspectorViewModel(session, flags);
        this.notes = new AnnotationsViewModel(session);
        this.claims = new ClaimsViewModel(session);
        notes.selectedProperty().addListener((o, was, now) -> revealNote(now));
        session.analysisProperty().addListener((o, was, now) -> show(now));
        sources.selectedProperty().addListener((o, was, now) -> {
            compare.compare(now.intValue());
            followSource(now.intValue());
            keepPlace();
        });
        flags.selectedProperty().addListener((o, was, now) -> {
            reveal(now);
            keepPlace();
        });
        session.verdicts().addListener((MapChangeListener<String, VerdictRecord>) c -> {
            if (c.wasAdded() && c.getValueAdded().target() == Target.FLAG) {
                flags.verdictChanged(
                        c.getValueAdded().targetId(), c.getValueAdded().verdict());
            }
        });
        if (!session.analysis().isEmpty()) {
            show(session.analysis());
        }
    }

    private void show(CaseAnalysis analysis) {
        flags.show(analysis, id -> session.state(Target.FLAG, id).verdict());
        int before = sources.selectedProperty().get();
        sources.show(analysis);
        if (sources.selectedProperty().get() == before) {
            compare.compare(before);
        }
        if (!resumePosted && !analysis.isEmpty()) {
            resumePosted = true;
            tasks.post(this::resume);
        }
    }

    /**
     * Shows the flag the editor had selected when the case was last left, or else compares the source it compared
     * (a flag the engine no longer raises, or a source since removed, is skipped). Run after the views have
     * shown the analysis, so that their own refresh does not clear it.
     */
    private void resume() {
        place.recall().ifPresent(p -> {
            FlagRow row = p.flagId() == null ? null : flags.find(p.flagId());
            if (row != null && flags.visible().contains(row)) {
                flags.selectedProperty().set(row);
                return;
            }
            sources.rows().stream()
                    .filter(r -> java.util.Objects.equals(r.summary().id(), p.sourceId()))
                    .findFirst()
                    .ifPresent(r -> sources.select(r.index()));
        });
        resumed = true;
        keepPlace();
    }

    /** Remembers the compared source and the selected flag, once the place of the last visit is restored. */
    private void keepPlace() {
        if (!resumed) {
            return;
        }
        int index = sources.selectedProperty().get();
        String sourceId = sources.rows().stream()
                .filter(r -> r.index() == index)
                .map(r -> r.summary().id())
                .findFirst()
                .orElse(null);
        FlagRow flag = flags.selected();
        Place now = new Place(sourceId, flag == null ? null : flag.id());
        if (!now.equals(kept)) {
            kept = now;
            place.remember(now);
        }
    }

    /**
     * The flag shown in the inspector belongs to the compared pair: when the editor compares another source, the
     * selection moves to that source's first flag in the list (or is cleared when it has none shown), so that a
     * verdict key never judges a flag of a source no longer on screen. Nothing is selected when nothing was.
     */
    private void followSource(int index) {
        FlagRow selected = flags.selected();
        if (index <= 0 || selected == null || selected.source().index() == index) {
            return;
        }
        flags.selectedProperty()
                .set(flags.visible().stream()
                        .filter(r -> r.source().index() == index)
                        .findFirst()
                        .orElse(null));
    }

    /** Writes whatever the editor is typing in the inspector to the case file. */
    public void flush() {
        inspector.flush();
    }

    private void reveal(FlagRow row) {
        if (row == null) {
            if (!onNote.get()) {
                compare.clearReveal();
            }
            return;
        }
        onNote.set(false);
        int index = row.source().index();
        compare.revealFlag(row.flag(), index);
        if (sources.selectedProperty().get() != index) {
            sources.select(index);
        }
    }

    private void revealNote(AnnotationRow row) {
        if (row == null) {
            return;
        }
        onNote.set(true);
        int index = row.sourceIndex();
        if (index < 0) {
            return;
        }
        compare.revealNote(row.id(), index);
        if (index > 0 && sources.selectedProperty().get() != index) {
            sources.select(index);
        }
    }

    /** True while the inspector shows an annotation rather than a flag (the verdict keys then act on it). */
    public javafx.beans.property.ReadOnlyBooleanProperty onNoteProperty() {
        return onNote;
    }

    public ClaimsViewModel claims() {
        return claims;
    }

    /** Opens the comparison on a statement of source {@code index} (from the claims matrix). */
    public void openAt(int index, app.corroborate.text.Span span) {
        compare.revealAt(index, span);
        if (index > 0 && sources.selectedProperty().get() != index) {
            sources.select(index);
        }
    }

    /** Compares version {@code index} and scrolls both panes to a place of the base (from the overview). */
    public void openBaseAt(int index, app.corroborate.text.Span baseSpan) {
        compare.revealBaseIn(index, baseSpan);
        if (sources.selectedProperty().get() != index) {
            sources.select(index);
        }
    }

    public AnnotationsViewModel notes() {
        return notes;
    }

    public CaseSession session() {
        return session;
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public FlagsViewModel flags() {
        return flags;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public void nextFlag() {
        flags.next();
    }

    public void previousFlag() {
        flags.previous();
    }

    public void nextDifference() {
        compare.nextDifference();
    }

    public void previousDifference() {
        compare.previousDifference();
    }

    public void nextSource() {
        sources.next();
    }

    public void previousSource() {
        sources.previous();
    }

    /** Sets the verdict of the selected flag or annotation; false when none is selected or the case refused it. */
    public boolean verdict(Verdict v) {
        return onNote.get() ? notes.setVerdict(v) : inspector.setVerdict(v);
    }

    public boolean saveNote() {
        return inspector.save();
    }

    public void undo() {
        select(session.undo());
    }

    public void redo() {
        select(session.redo());
    }

    /** After undoing or redoing a verdict on a flag, that flag is shown. */
    private void select(Optional<Change> change) {
        change.filter(VerdictChange.class::isInstance)
                .map(VerdictChange.class::cast)
                .filter(c -> c.target() == Target.FLAG)
                .map(c -> flags.find(c.id()))
                .ifPresent(row -> {
                    if (flags.selected() != row) {
                        flags.selectedProperty().set(row);
                    }
                });
    }
}
