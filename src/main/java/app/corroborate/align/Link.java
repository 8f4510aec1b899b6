package app.corroborate.align;

import java.util.Locale;

/** The shape of a pairing: one sentence to one, one base sentence split in several, or several merged. */
public enum Link {
    ONE_TO_ONE("1:1"),
    SPLIT("1:n"),
    MERGE("n:1"),
    NONE("-");

    private final String id;

    Link(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
