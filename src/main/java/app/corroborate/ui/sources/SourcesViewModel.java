package app.corroborate.ui.sources;

import app.corroborate.flag.Flag;
import app.corroborate.flag.Severity;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.SourceSummary;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sources of the open case and which one is compared with the base.
 *
 * <p>Guarantees: the selected index is -1 (nothing to compare) or a valid row; cycling with {@link #next} and
 * {@link #previous} visits every version other than the base, wrapping around.
 */
public final class SourcesViewModel {

    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SourceRow> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);

    public ObservableList<SourceRow> rows() {
        return shownRows;
    }

    /** The index of the compared source (0 is the base). */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The share of a version's sentences that the alignment pairs with the base's; 1 for a version without any. */
    static double shared(app.corroborate.align.Alignment alignment) {
        long sentences =
                alignment.pairs().stream().filter(p -> p.otherIndex() >= 0).count();
        long paired = alignment.pairs().stream()
                .filter(p -> p.paired())
                .map(p -> p.otherIndex())
                .distinct()
                .count();
        return sentences == 0 ? 1 : (double) paired / sentences;
    }

    /**
     * Shows a new analysis, keeping the compared source when it still exists (the caller compares it again: the
     * selection does not flicker through "nothing", which would empty the panes).
     */
    public void show(CaseAnalysis analysis) {
        List<SourceRow> fresh = new ArrayList<>();
        for (SourceSummary s : analysis.sources()) {
            List<Flag> flags = analysis.flags().stream()
                    .filter(f -> f.source().equals(s.path()))
                    .toList();
            fresh.add(new SourceRow(
                    s,
                    flags.size(),
                    (int) flags.stream()
                            .filter(f -> f.severity() == Severity.HIGH)
                            .count(),
                    s.base() || analysis.toBase().size() <= s.index()
                            ? 1
                            : shared(analysis.toBase().get(s.index()))));
        }
        int keep = selected.get();
        rows.setAll(fresh);
        if (keep >= 1 && keep < rows.size()) {
            selected.set(keep);
        } else {
            selected.set(rows.size() > 1 ? 1 : rows.isEmpty() ? -1 : 0);
        }
    }

    public void select(int index) {
        if (index >= 0 && index < rows.size()) {
            selected.set(index);
        }
    }

    /** Compares the next version with the base. */
    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int delta) {
        int versions = rows.size() - 1;
        if (versions < 1) {
            return;
        }
        int at = Math.max(selected.get(), 1) - 1;
        selected.set(1 + Math.floorMod(at + delta, versions));
    }
}
