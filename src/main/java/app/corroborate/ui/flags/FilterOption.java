package app.corroborate.ui.flags;

import java.util.Objects;

/**
 * One choice of a flag filter: a value (null for "all") with its label and how many flags it would show.
 */
public record FilterOption<T>(T value, String label, int count) {

    public boolean matches(T candidate) {
        return value == null || Objects.equals(value, candidate);
    }

    @Override
    public String toString() {
        return label + " (" + count + ")";
    }
}
