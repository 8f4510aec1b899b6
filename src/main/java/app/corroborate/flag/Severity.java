package app.corroborate.flag;

import java.util.Locale;

/** How urgently an editor should look at a flag. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW,
    INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
