package app.corroborate.ui.session;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.VerdictSnapshots;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.ConflictException;
import app.corroborate.store.Target;
import app.corroborate.store.VerdictRecord;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The verdicts of the open case as the window shows them, keyed {@code target:id}, and their writing.
 *
 * <p>Guarantees: a verdict shows as set only once the case has committed it, with a snapshot of what the editor
 * saw; a verdict refused because another editor changed it first shows theirs and is handed over as a
 * {@link Conflict}; reading the case again replaces only the verdicts whose version changed.
 */
final class VerdictBook {

    private final CaseStore store;
    private final VerdictSnapshots snapshots;
    private final String author;
    private final ObservableMap<String, VerdictRecord> verdicts = FXCollections.observableHashMap();
    private final ObservableMap<String, VerdictRecord> shown = FXCollections.unmodifiableObservableMap(verdicts);

    VerdictBook(CaseStore store, VerdictSnapshots snapshots, String author) {
        this.store = store;
        this.snapshots = snapshots;
        this.author = author;
    }

    static String key(Target target, String id) {
        return target.id() + ":" + id;
    }

    ObservableMap<String, VerdictRecord> shown() {
        return shown;
    }

    VerdictState state(Target target, String id) {
        return VerdictState.of(verdicts.get(key(target, id)));
    }

    /** Shows exactly these verdicts (the case as opened). */
    void setAll(List<VerdictRecord> records) {
        verdicts.clear();
        for (VerdictRecord r : records) {
            verdicts.put(key(r.target(), r.targetId()), r);
        }
    }

    /** Shows the verdicts read again from the case, replacing only those another editor changed since. */
    void merge(List<VerdictRecord> records) {
        for (VerdictRecord r : records) {
            VerdictRecord seen = verdicts.get(key(r.target(), r.targetId()));
            if (seen == null || seen.version() != r.version()) {
                verdicts.put(key(r.target(), r.targetId()), r);
            }
        }
    }

    /**
     * Writes {@code s} with a snapshot from {@code analysis}; true when written. A refusal is told to
     * {@code refused} (the reason) and, when another editor was first, to {@code conflict}.
     */
    boolean write(
            CaseAnalysis analysis,
            Target target,
            String id,
            VerdictState s,
            Consumer<String> refused,
            Consumer<Conflict> conflict) {
        VerdictRecord seen = verdicts.get(key(target, id));
        try {
            VerdictRecord r = snapshots.record(
                    store,
                    analysis,
                    target,
                    id,
                    s.verdict(),
                    s.note() == null ? "" : s.note(),
                    s.evidence() == null ? "" : s.evidence(),
                    author,
                    seen == null ? 0 : seen.version());
            verdicts.put(
                    key(target, id),
                    new VerdictRecord(
                            r.target(),
                            r.targetId(),
                            r.verdict(),
                            blankToNull(r.note()),
                            blankToNull(r.evidence()),
                            r.author(),
                            r.updated(),
                            r.version()));
            return true;
        } catch (ConflictException e) {
            e.theirVerdict().ifPresent(theirs -> {
                verdicts.put(key(target, id), theirs);
                conflict.accept(new Conflict.OnVerdict(target, id, theirs, s));
            });
            refused.accept("Not saved: " + e.getMessage() + ". Their verdict is shown; set yours again to replace it.");
            return false;
        } catch (CaseException e) {
            refused.accept("Not saved: " + e.getMessage());
            return false;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
