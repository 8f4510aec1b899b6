package app.corroborate.ui.claims;

import app.corroborate.flag.Flag;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.ClaimLinks;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.ui.session.CaseSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The claims matrix: every check-worthy claim with each source's stand, the number of independent groups behind
 * it and its verdict; filterable (claims one source makes, claims a source states otherwise, unreviewed).
 *
 * <p>Guarantees: a claim's verdict is written to the case when set and shows at once; the selection is kept by
 * id across a new analysis.
 */
public final class ClaimsViewModel {

    /** The ways of narrowing the matrix. */
    public enum Show {
        ALL("All claims"),
        SINGLE_SOURCE("Claims one source makes"),
        DIFFERING("Claims a source states otherwise"),
        UNREVIEWED("Unreviewed claims");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final CaseSession session;
    private final ObservableList<ClaimRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClaimRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.ALL);
    private final ObjectProperty<ClaimRow> selected = new SimpleObjectProperty<>();
    /** The row of the claim each flag is about, by flag id. */
    private final Map<String, ClaimRow> byFlag = new HashMap<>();

    public ClaimsViewModel(CaseSession session) {
        this.session = session;
        session.analysisProperty().addListener((o, was, now) -> show(now));
        session.verdicts().addListener((MapChangeListener<String, VerdictRecord>) c -> {
            VerdictRecord changed = c.wasAdded() ? c.getValueAdded() : c.getValueRemoved();
            if (changed != null && changed.target() == Target.FLAG) {
                ClaimRow r = byFlag.get(changed.targetId());
                if (r != null) {
                    countReviewed(r); // set, or cleared when the case's verdicts are read again
                }
            }
            if (c.wasAdded() && c.getValueAdded().target() == Target.CLAIM) {
                rows.stream()
                        .filter(r -> r.id().equals(c.getValueAdded().targetId()))
                        .findFirst()
                        .ifPresent(
                                r -> r.verdictProperty().set(c.getValueAdded().verdict()));
                refilter();
            }
        });
        show.addListener((o, was, now) -> refilter());
        show(session.analysis());
    }

    private void show(CaseAnalysis analysis) {
        String keep = selected.get() == null ? null : selected.get().id();
        ClaimLinks links = ClaimLinks.of(analysis);
        List<ClaimRow> fresh = analysis.claims().claims().stream()
                .map(c -> new ClaimRow(
                        c,
                        session.state(Target.CLAIM, c.id()).verdict(),
                        links.flagsOn(c.id()).stream().map(Flag::id).toList()))
                .toList();
        byFlag.clear();
        for (ClaimRow r : fresh) {
            r.flags().forEach(f -> byFlag.put(f, r));
            countReviewed(r);
        }
        rows.setAll(fresh);
        refilter();
        selected.set(fresh.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
    }

    private void countReviewed(ClaimRow r) {
        r.reviewedFlagsProperty().set((int) r.flags().stream()
                .filter(f -> session.state(Target.FLAG, f).verdict() != Verdict.UNREVIEWED)
                .count());
    }

    /** Filters again (a new predicate object each time: the list only re-tests rows when its predicate changes). */
    private void refilter() {
        Predicate<ClaimRow> p = predicate(show.get());
        visible.setPredicate(r -> p.test(r));
    }

    static Predicate<ClaimRow> predicate(Show s) {
        return switch (s) {
            case ALL -> r -> true;
            case SINGLE_SOURCE -> ClaimRow::singleSource;
            case DIFFERING -> ClaimRow::disputed;
            case UNREVIEWED -> r -> r.verdict() == Verdict.UNREVIEWED;
        };
    }

    public ObservableList<ClaimRow> visible() {
        return visible;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<ClaimRow> selectedProperty() {
        return selected;
    }

    public CaseAnalysis analysis() {
        return session.analysis();
    }

    /**
     * Selects the claim with this id (shown again when the filter hid it); false when the analysis has no such
     * claim.
     */
    public boolean select(String claimId) {
        ClaimRow row =
                rows.stream().filter(r -> r.id().equals(claimId)).findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        if (!visible.contains(row)) {
            show.set(Show.ALL);
        }
        selected.set(row);
        return true;
    }

    /** Sets the selected claim's verdict; false when none is selected or the case refused it. */
    public boolean setVerdict(Verdict v) {
        ClaimRow r = selected.get();
        return r != null && session.setVerdict(Target.CLAIM, r.id(), v);
    }
}
