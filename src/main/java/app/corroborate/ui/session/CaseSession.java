package app.corroborate.ui.session;

import app.corroborate.review.CancelledException;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.review.VerdictSnapshots;
import app.corroborate.store.Annotation;
import app.corroborate.store.AuditEntry;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseListener;
import app.corroborate.store.CaseStore;
import app.corroborate.store.ConflictException;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.text.Span;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.common.UndoHistory;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The case open in the window: its store, its current analysis, the verdicts, the annotations, its sources as
 * the editor changes them ({@link CaseSources}), and the undo history of the editor's changes (verdicts and notes, annotations, furniture decisions,
 * removed sources, the base).
 *
 * <p>Guarantees: every change is committed to the case file before it shows as set (a verdict with a snapshot of
 * what the editor saw); a refused change leaves the shown state as it was and says why in {@link #message}; the
 * analysis runs through the {@link TaskRunner}, never on the UI thread, and a newer analysis cancels an older
 * one; undo and redo are themselves changes written to the case and its audit log, and delete nothing (an undone
 * annotation is withdrawn, a removed source kept).
 */
public final class CaseSession {

    private static final int UNDO_LIMIT = 500;

    private final CaseStore store;
    private final CaseAnalyzer analyzer;
    private final TaskRunner tasks;
    private final String author;
    private final ReadOnlyObjectWrapper<CaseAnalysis> analysis = new ReadOnlyObjectWrapper<>(CaseAnalysis.empty());
    private final VerdictBook verdicts;
    private final AnnotationBook annotations;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BackgroundWork work = new BackgroundWork();
    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lostConnection = new ReadOnlyStringWrapper("");
    private BackgroundWork.Job analysing;
    private final UndoHistory<Change> history = new UndoHistory<>(UNDO_LIMIT);
    private final CaseSources sources;
    private CaseListener.Subscription subscription;

    public CaseSession(CaseStore store, CaseAnalyzer analyzer, TaskRunner tasks, String author) {
        this(store, analyzer, VerdictSnapshots.standard(), tasks, author);
    }

    public CaseSession(
            CaseStore store, CaseAnalyzer analyzer, VerdictSnapshots snapshots, TaskRunner tasks, String author) {
        this.store = store;
        this.verdicts = new VerdictBook(store, snapshots, author);
        this.annotations = new AnnotationBook(store, author);
        this.analyzer = analyzer;
        this.tasks = tasks;
        this.author = author;
        this.sources = new CaseSources(
                store,
                author,
                history,
                new CaseSources.Session(
                        message::set, this::notice, () -> annotations.setAll(store.annotations()), this::analyse));
    }

    public CaseStore store() {
        return store;
    }

    public String author() {
        return author;
    }

    public boolean readOnly() {
        return store.readOnly();
    }

    /** Reads the verdicts and starts the analysis in the background. */
    public void open() {
        open(null);
    }

    /**
     * Reads the verdicts and shows {@code ready}, an analysis made of this case as it was opened (by the start-up,
     * before the window existed); null starts the analysis in the background.
     */
    public void open(CaseAnalysis ready) {
        try {
            verdicts.setAll(store.verdicts());
            annotations.setAll(store.annotations());
            sources.showRemoved(store.removedSources());
        } catch (CaseException e) {
            message.set("The verdicts cannot be read: " + e.getMessage());
        }
        if (subscription == null) {
            subscription =
                    store.listen(new SharedCaseUpdates(this::reloadShared, this::connectionChanged, tasks::post));
        }
        if (ready != null) {
            analysis.set(ready);
        } else {
            analyse();
        }
    }

    /** Recomputes the analysis of the case in the background; the current one stays shown meanwhile. */
    public void analyse() {
        if (analysing != null) {
            analysing.cancel();
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<TaskRunner.Running> running = new AtomicReference<>(TaskRunner.Running.DONE);
        BackgroundWork.Job job = work.started("Analysing the case", () -> {
            cancelled.set(true);
            running.get().cancel();
        });
        analysing = job;
        running.set(tasks.run(
                () -> analyzer.analyze(
                        store, cancelled::get, (step, fraction) -> tasks.post(() -> job.progress(step, fraction))),
                result -> {
                    job.finished();
                    analysis.set(result);
                },
                e -> {
                    job.finished();
                    if (!(e instanceof CancelledException)) {
                        message.set("The case cannot be analysed: " + describe(e));
                    }
                }));
    }

    public ReadOnlyObjectProperty<CaseAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public CaseAnalysis analysis() {
        return analysis.get();
    }

    /** Verdicts by {@code target:id}, updated as the editor sets them. */
    public ObservableMap<String, VerdictRecord> verdicts() {
        return verdicts.shown();
    }

    public VerdictState state(Target target, String id) {
        return verdicts.state(target, id);
    }

    public static String key(Target target, String id) {
        return VerdictBook.key(target, id);
    }

    /** Sets the verdict, keeping note and evidence; true when it was written. */
    public boolean setVerdict(Target target, String id, Verdict verdict) {
        VerdictState before = state(target, id);
        return change(target, id, before, new VerdictState(verdict, before.note(), before.evidence()));
    }

    /** Sets the note and evidence, keeping the verdict; true when it was written. */
    public boolean setNote(Target target, String id, String note, String evidence) {
        VerdictState before = state(target, id);
        VerdictState after =
                new VerdictState(before.verdict(), VerdictBook.blankToNull(note), VerdictBook.blankToNull(evidence));
        return after.equals(before) || change(target, id, before, after);
    }

    private boolean change(Target target, String id, VerdictState before, VerdictState after) {
        if (write(target, id, after)) {
            history.record(new VerdictChange(target, id, before, after));
            return true;
        }
        return false;
    }

    /** Reverses the last change (written to the case like any change); empty when there is nothing to undo. */
    public Optional<Change> undo() {
        Optional<Change> c = history.undo();
        c.ifPresent(ch -> {
            if (apply(ch, true)) {
                notice("Undone: " + ch.description());
            } else {
                history.restoreUndo(ch);
            }
        });
        return c;
    }

    public Optional<Change> redo() {
        Optional<Change> c = history.redo();
        c.ifPresent(ch -> {
            if (apply(ch, false)) {
                notice("Redone: " + ch.description());
            } else {
                history.restoreRedo(ch);
            }
        });
        return c;
    }

    /** Writes a change again ({@code reverse} false) or its reverse; false (with the reason) when refused. */
    private boolean apply(Change change, boolean reverse) {
        if (change instanceof VerdictChange v) {
            return write(v.target(), v.id(), reverse ? v.before() : v.after());
        }
        try {
            Change.Effect effect = change.write(store, author, reverse);
            if (effect == Change.Effect.ANNOTATIONS) {
                annotations.setAll(store.annotations());
            } else if (effect == Change.Effect.SOURCES) {
                sources.changed();
            } else {
                analyse();
            }
            message.set("");
            return true;
        } catch (CaseException e) {
            message.set("Not undone: " + e.getMessage());
            return false;
        }
    }

    private boolean write(Target target, String id, VerdictState s) {
        boolean written = verdicts.write(analysis.get(), target, id, s, message::set, conflict::set);
        if (written) {
            message.set("");
        }
        return written;
    }

    /** The editor's annotations on passages, orphans included, in the order they were made. */
    public ObservableList<Annotation> annotations() {
        return annotations.shown();
    }

    /** Annotates a passage of a source; empty (with the reason in {@link #message}) when the case refused it. */
    public Optional<Annotation> annotate(String sourceId, Span span, String note, Verdict verdict, List<String> tags) {
        try {
            AnnotationChange made = annotations.annotate(sourceId, span, note, verdict, tags);
            history.record(made);
            message.set("");
            return annotations.shown().stream()
                    .filter(a -> a.id().equals(made.id()))
                    .findFirst();
        } catch (CaseException | IllegalArgumentException e) {
            message.set("Not saved: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Changes an annotation's note, verdict or tags (null keeps a value); false when the case refused it. */
    public boolean updateAnnotation(String id, String note, Verdict verdict, List<String> tags) {
        try {
            annotations.update(id, note, verdict, tags, conflict::set).ifPresent(history::record);
            message.set("");
            return true;
        } catch (ConflictException e) {
            message.set("Not saved: " + e.getMessage() + ". Their annotation is shown; change it again to replace it.");
            return false;
        } catch (CaseException e) {
            message.set("Not saved: " + e.getMessage());
            return false;
        }
    }

    /** The case's sources as the editor changes them (base, removed, replaced, furniture decisions). */
    public CaseSources sources() {
        return sources;
    }

    /** The audit log of one flag or claim, oldest first; empty (with a message) when it cannot be read. */
    public List<AuditEntry> audit(Target target, String id) {
        try {
            return store.audit(target, id);
        } catch (CaseException e) {
            message.set("The history cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    /** Tells the editor something that went well (an export written); cleared by the next refusal. */
    public void notice(String line) {
        message.set("");
        notice.set(line);
    }

    /** The last neutral news for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The last thing the editor should know (a refused change, a failed analysis); empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Shows other background work (an import) in the status bar with a Cancel that calls {@code cancel}; returns
     * the job, to report its progress and say when it ends (on the UI thread).
     */
    public BackgroundWork.Job background(String what, Runnable cancel) {
        return work.started(what, cancel::run);
    }

    public BackgroundWork work() {
        return work;
    }

    public void close() {
        work.cancelAll();
        if (subscription != null) {
            subscription.close();
        }
        store.close();
    }

    /**
     * Another window changed the shared case: reads its verdicts and annotations again in the background and
     * puts them in place (the flag list and inspector follow the maps); a source change recomputes the analysis.
     */
    private void reloadShared(boolean sources) {
        tasks.run(
                () -> new Object[] {store.verdicts(), store.annotations(), store.removedSources()},
                read -> {
                    @SuppressWarnings("unchecked")
                    List<VerdictRecord> vs = (List<VerdictRecord>) read[0];
                    verdicts.merge(vs);
                    @SuppressWarnings("unchecked")
                    List<Annotation> as = (List<Annotation>) read[1];
                    annotations.setAll(as);
                    @SuppressWarnings("unchecked")
                    List<StoredSource> rs = (List<StoredSource>) read[2];
                    this.sources.showRemoved(rs);
                    if (sources) {
                        analyse();
                    }
                },
                e -> message.set("The case's latest changes cannot be read: " + describe(e)));
    }

    /** The last verdict refused because another editor changed it first; null when there is none to decide. */
    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** Keeps the other editor's verdict (already shown) and closes the conflict. */
    public void keepTheirs() {
        conflict.set(null);
        message.set("");
    }

    /** Sets the editor's own verdict over theirs (written against the version now shown, and audited). */
    public boolean useMine() {
        Conflict c = conflict.get();
        if (c == null) {
            return false;
        }
        conflict.set(null);
        if (c instanceof Conflict.OnVerdict v) {
            return change(v.target(), v.id(), state(v.target(), v.id()), v.mine());
        }
        Conflict.OnAnnotation a = (Conflict.OnAnnotation) c;
        return updateAnnotation(
                a.id(), a.mine().note(), a.mine().verdict(), a.mine().tags());
    }

    /** Why the case's server cannot be reached; empty while it can (a case file is always reachable). */
    public ReadOnlyStringProperty lostConnectionProperty() {
        return lostConnection.getReadOnlyProperty();
    }

    private void connectionChanged(boolean up, String why) {
        lostConnection.set(up ? "" : why == null || why.isBlank() ? "The case's server cannot be reached" : why);
        message.set(up ? "" : why);
        if (up) {
            reloadShared(true);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
