package app.corroborate.store;

import java.util.Locale;

/** What a verdict or an audit entry is about. */
public enum Target {
    FLAG,
    CLAIM,
    ANNOTATION,
    SOURCE,
    CASE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Target fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
