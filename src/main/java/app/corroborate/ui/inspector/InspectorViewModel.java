package app.corroborate.ui.inspector;

import app.corroborate.flag.Flag;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.ClaimLinks;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.ui.common.Labels;
import app.corroborate.ui.flags.FlagRow;
import app.corroborate.ui.flags.FlagsViewModel;
import app.corroborate.ui.session.CaseSession;
import app.corroborate.ui.session.VerdictState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector of the selected flag: both spans, the explanation, what every other source says about the same
 * fact, the verdict, the note and evidence being edited, and the flag's history from the audit log.
 *
 * <p>Guarantees: a note or evidence edited and not yet saved is saved when another flag is selected, so moving
 * on never loses what the editor typed; the history is re-read after every change of the flag.
 */
public final class InspectorViewModel {

    private final CaseSession session;
    private final ReadOnlyObjectWrapper<FlagRow> flag = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(Verdict.UNREVIEWED);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ObservableList<Stand> stands = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObjectProperty<String> baseText = new SimpleObjectProperty<>();
    private final ObjectProperty<String> variantText = new SimpleObjectProperty<>();
    private final javafx.beans.property.LongProperty agreeing = new javafx.beans.property.SimpleLongProperty();
    private final ReadOnlyObjectWrapper<LinkedClaim> claim = new ReadOnlyObjectWrapper<>();
    private ClaimLinks links;
    private CaseAnalysis linksOf;
    private boolean loading;

    /** The claim of the matrix the shown flag is about, with the claim's own verdict. */
    public record LinkedClaim(String id, String text, Verdict verdict) {}

    public InspectorViewModel(CaseSession session, FlagsViewModel flags) {
        this.session = session;
        flags.selectedProperty().addListener((o, was, now) -> {
            saveIfDirty(was);
            show(now);
        });
        session.analysisProperty().addListener((o, was, now) -> {
            links = null; // the links of an older analysis are never read again
            linksOf = null;
        });
        note.addListener((o, was, now) -> dirty.set(!loading));
        evidence.addListener((o, was, now) -> dirty.set(!loading));
        session.verdicts().addListener((javafx.collections.MapChangeListener<String, Object>) c -> {
            FlagRow f = flag.get();
            if (f != null && c.getKey().equals(CaseSession.key(Target.FLAG, f.id()))) {
                refreshState(f, !dirty.get());
            }
            LinkedClaim linked = claim.get();
            if (linked != null && c.getKey().equals(CaseSession.key(Target.CLAIM, linked.id()))) {
                claim.set(new LinkedClaim(
                        linked.id(),
                        linked.text(),
                        session.state(Target.CLAIM, linked.id()).verdict()));
            }
        });
    }

    private void show(FlagRow row) {
        stands.clear();
        history.clear();
        if (row == null) {
            load("", "");
            verdict.set(Verdict.UNREVIEWED);
            baseText.set(null);
            variantText.set(null);
            claim.set(null);
            flag.set(null);
            return;
        }
        CaseAnalysis analysis = session.analysis();
        Flag f = row.flag();
        baseText.set(
                f.baseSpan() == null
                        ? null
                        : f.baseSpan().of(analysis.documents().get(0).text()));
        int i = analysis.indexOf(f.source());
        variantText.set(
                f.variantSpan() == null || i < 0
                        ? null
                        : f.variantSpan().of(analysis.documents().get(i).text()));
        stands.setAll(Stands.forFlag(f, analysis));
        agreeing.set(Stands.agreeingGroups(stands, analysis));
        claim.set(linkedClaim(f, analysis));
        refreshState(row, true);
        flag.set(row);
    }

    private LinkedClaim linkedClaim(Flag f, CaseAnalysis analysis) {
        if (linksOf != analysis) {
            links = ClaimLinks.of(analysis);
            linksOf = analysis;
        }
        return links.claimOf(f)
                .map(c -> new LinkedClaim(
                        c.id(), c.text(), session.state(Target.CLAIM, c.id()).verdict()))
                .orElse(null);
    }

    private void refreshState(FlagRow row, boolean withNote) {
        VerdictState s = session.state(Target.FLAG, row.id());
        verdict.set(s.verdict());
        if (withNote) {
            load(s.note() == null ? "" : s.note(), s.evidence() == null ? "" : s.evidence());
        }
        history.setAll(Labels.history(session.audit(Target.FLAG, row.id())));
    }

    private void load(String n, String e) {
        loading = true;
        note.set(n);
        evidence.set(e);
        loading = false;
        dirty.set(false);
    }

    /** Sets the verdict of the shown flag (kept with its note); false when none is shown or it was refused. */
    public boolean setVerdict(Verdict v) {
        FlagRow f = flag.get();
        return f != null && session.setVerdict(Target.FLAG, f.id(), v);
    }

    /** Saves the note and evidence of the shown flag; true when saved (or nothing to save). */
    public boolean save() {
        FlagRow f = flag.get();
        if (f == null) {
            return false;
        }
        boolean ok = session.setNote(Target.FLAG, f.id(), note.get(), evidence.get());
        if (ok) {
            dirty.set(false);
            history.setAll(Labels.history(session.audit(Target.FLAG, f.id())));
        }
        return ok;
    }

    /** Writes a note or evidence being edited to the case file (before the case closes or the flag changes). */
    public void flush() {
        saveIfDirty(flag.get());
    }

    private void saveIfDirty(FlagRow previous) {
        if (previous != null && dirty.get()) {
            session.setNote(Target.FLAG, previous.id(), note.get(), evidence.get());
            dirty.set(false);
        }
    }

    public ReadOnlyObjectProperty<FlagRow> flagProperty() {
        return flag.getReadOnlyProperty();
    }

    /** The claim the shown flag is about and its verdict; null when the flag is about none. */
    public ReadOnlyObjectProperty<LinkedClaim> claimProperty() {
        return claim.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObservableList<Stand> stands() {
        return stands;
    }

    /** How many independent sources (copies counted once) say what the base says. */
    public long agreeing() {
        return agreeing.get();
    }

    public ObservableList<String> history() {
        return history;
    }

    public ObjectProperty<String> baseTextProperty() {
        return baseText;
    }

    public ObjectProperty<String> variantTextProperty() {
        return variantText;
    }

    /** The colour number of the source at {@code index} in the current analysis. */
    public int colourOf(int index) {
        return session.analysis().colourOf(index);
    }

    public boolean readOnly() {
        return session.readOnly();
    }
}
