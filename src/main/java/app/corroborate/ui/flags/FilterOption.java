package app.corroborate.ui.flags;

import java.util.Objects;

/**
 * One choice of a flag filter: a value (null for "all") with its label and how many flags it would show.
 */
public record FilterOption<T>(T value, String label, int count) {

    public boolean matches(T candidate) {
        return value == null || Objects.equals(value, candidate);
    }

    /**
     * Two options are the same choice when they filter by the same value, whatever their counts: a combo box
     * keeps showing its choice when the counts are refreshed (it went blank when its item left the list).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof FilterOption<?> other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return label + " (" + count + ")";
    }
}
