package app.corroborate.ui.flags;

import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagKind;
import app.corroborate.flag.Severity;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.SourceSummary;
import app.corroborate.store.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Every flag of the case, filterable by kind, severity, source and verdict with counts per choice, and the
 * selected flag.
 *
 * <p>Guarantees: {@link #next} and {@link #previous} walk the flags in the order of the visible (filtered) list,
 * wrapping around; the selection is kept across a new analysis when the flag is still raised (same id).
 */
public final class FlagsViewModel {

    private final ObservableList<FlagRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FlagRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<FlagRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reviewed = new ReadOnlyStringWrapper("");
    private final Map<String, FlagRow> byId = new HashMap<>();
    private final Facet<FlagKind> kind = new Facet<>("All kinds", r -> r.flag().kind(), FlagsViewModel::kindLabel);
    private final Facet<Severity> severity =
            new Facet<>("All severities", r -> r.flag().severity(), s -> capital(s.id()));
    private final Facet<Integer> source;
    private final Facet<Verdict> verdict =
            new Facet<>("All verdicts", FlagRow::verdict, v -> capital(v.id())).offeringEveryValue();
    private List<SourceSummary> sources = List.of();
    private boolean refreshing;

    public FlagsViewModel() {
        source = new Facet<>(
                "All sources",
                r -> r.source().index(),
                i -> i < sources.size() ? sources.get(i).label() : "source " + i);
        for (Facet<?> f : facets()) {
            f.chosenProperty().addListener((o, was, now) -> refilter());
        }
    }

    private List<Facet<?>> facets() {
        return List.of(kind, severity, source, verdict);
    }

    /** Shows the flags of a new analysis with their verdicts. */
    public void show(CaseAnalysis analysis, Function<String, Verdict> verdictOf) {
        String keep = selected.get() == null ? null : selected.get().id();
        sources = analysis.sources();
        List<FlagRow> fresh = new ArrayList<>();
        byId.clear();
        for (Flag f : analysis.flags()) {
            int i = analysis.indexOf(f.source());
            String base = analysis.documents().get(0).text();
            String version = analysis.documents().get(i).text();
            FlagRow row = new FlagRow(
                    f, analysis.sources().get(i), FlagSummary.of(f, base, version), verdictOf.apply(f.id()));
            fresh.add(row);
            byId.put(f.id(), row);
        }
        rows.setAll(fresh);
        refilter();
        selected.set(keep == null ? null : byId.get(keep));
    }

    /** A verdict changed: the row shows it and the verdict filter and counts follow. */
    public void verdictChanged(String flagId, Verdict v) {
        FlagRow row = byId.get(flagId);
        if (row != null && row.verdict() != v) {
            row.verdictProperty().set(v);
            refilter();
        }
    }

    private void refilter() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            kind.refresh(rows, except(kind), Arrays.asList(FlagKind.values()));
            severity.refresh(rows, except(severity), Arrays.asList(Severity.values()));
            source.refresh(
                    rows,
                    except(source),
                    sources.stream().map(SourceSummary::index).toList());
            verdict.refresh(rows, except(verdict), Arrays.asList(Verdict.values()));
            visible.setPredicate(except(null));
        } finally {
            refreshing = false;
        }
        long done = rows.stream().filter(r -> r.verdict() != Verdict.UNREVIEWED).count();
        reviewed.set(rows.isEmpty() ? "No flags" : done + " of " + rows.size() + " flags reviewed");
    }

    private Predicate<FlagRow> except(Facet<?> skipped) {
        return r -> facets().stream().filter(f -> f != skipped).allMatch(f -> f.accepts(r));
    }

    public ObservableList<FlagRow> visible() {
        return visible;
    }

    public List<FlagRow> all() {
        return List.copyOf(rows);
    }

    public ObjectProperty<FlagRow> selectedProperty() {
        return selected;
    }

    public FlagRow selected() {
        return selected.get();
    }

    public FlagRow find(String id) {
        return byId.get(id);
    }

    /** "12 of 31 flags reviewed". */
    public ReadOnlyStringProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    public Facet<FlagKind> kind() {
        return kind;
    }

    public Facet<Severity> severity() {
        return severity;
    }

    public Facet<Integer> source() {
        return source;
    }

    public Facet<Verdict> verdict() {
        return verdict;
    }

    /** Selects the next visible flag (the first when none is selected); false when there is none. */
    public boolean next() {
        return step(1);
    }

    public boolean previous() {
        return step(-1);
    }

    private boolean step(int delta) {
        if (visible.isEmpty()) {
            return false;
        }
        int at = selected.get() == null ? -1 : visible.indexOf(selected.get());
        int to = at < 0 ? (delta > 0 ? 0 : visible.size() - 1) : Math.floorMod(at + delta, visible.size());
        selected.set(visible.get(to));
        return true;
    }

    /** The kind as an editor reads it: "Name spelling". */
    public static String kindLabel(FlagKind k) {
        return capital(k.id().replace('-', ' '));
    }

    public static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
