package app.corroborate.claim;

import java.util.Locale;

/** How one source stands on a claim. */
public enum Status {
    AGREES,
    DIFFERS,
    ABSENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
