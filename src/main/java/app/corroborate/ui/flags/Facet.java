package app.corroborate.ui.flags;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One way of filtering the flags (by kind, severity, source or verdict): its choices, each with the number of
 * flags it would show given the other filters, and the current choice.
 *
 * <p>Guarantees: the first choice is "all"; a refresh keeps the current choice by value when it still exists.
 */
public final class Facet<T> {

    private final String allLabel;
    private final Function<FlagRow, T> value;
    private final Function<T, String> label;
    private final ObservableList<FilterOption<T>> options = FXCollections.observableArrayList();
    private final ObjectProperty<FilterOption<T>> chosen = new SimpleObjectProperty<>();

    private boolean everyValue;

    public Facet(String allLabel, Function<FlagRow, T> value, Function<T, String> label) {
        this.allLabel = allLabel;
        this.value = value;
        this.label = label;
        options.add(new FilterOption<>(null, allLabel, 0));
        chosen.set(options.get(0));
    }

    /**
     * Offers every value of the order given to {@link #refresh}, with its count even when none has it (every
     * verdict, so that "Disputed" is there before the first flag is disputed); returns this facet.
     */
    public Facet<T> offeringEveryValue() {
        everyValue = true;
        return this;
    }

    public ObservableList<FilterOption<T>> options() {
        return options;
    }

    public ObjectProperty<FilterOption<T>> chosenProperty() {
        return chosen;
    }

    public boolean accepts(FlagRow row) {
        FilterOption<T> c = chosen.get();
        return c == null || c.matches(value.apply(row));
    }

    /** Recounts the choices over the rows the other filters let through, in the order given by {@code order}. */
    void refresh(List<FlagRow> rows, Predicate<FlagRow> others, List<T> order) {
        Set<T> values = new LinkedHashSet<>(order);
        rows.forEach(r -> values.add(value.apply(r)));
        List<FlagRow> visible = rows.stream().filter(others).toList();
        List<FilterOption<T>> fresh = new ArrayList<>();
        fresh.add(new FilterOption<>(null, allLabel, visible.size()));
        for (T v : values) {
            long n = visible.stream().filter(r -> v.equals(value.apply(r))).count();
            if (n > 0 || everyValue || rows.stream().anyMatch(r -> v.equals(value.apply(r)))) {
                fresh.add(new FilterOption<>(v, label.apply(v), (int) n));
            }
        }
        T current = chosen.get() == null ? null : chosen.get().value();
        options.setAll(fresh);
        chosen.set(fresh.stream()
                .filter(o -> java.util.Objects.equals(o.value(), current))
                .findFirst()
                .orElse(fresh.get(0)));
    }

    /** Shows every flag again. */
    public void clear() {
        chosen.set(options.get(0));
    }
}
