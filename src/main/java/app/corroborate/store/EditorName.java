package app.corroborate.store;

import java.util.prefs.Preferences;

/** The editor's name for verdicts and the audit log: a preference, defaulting to the operating-system user. */
public final class EditorName {

    private static final String KEY = "editor";

    private final Preferences preferences;

    public EditorName(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The product's preference node. */
    public static EditorName fromUserPreferences() {
        return new EditorName(Preferences.userRoot().node("app/corroborate"));
    }

    public String current() {
        String fallback = System.getProperty("user.name", "editor");
        String name = preferences.get(KEY, fallback);
        return name == null || name.isBlank() ? fallback : name.strip();
    }

    public void set(String name) {
        preferences.put(KEY, name.strip());
    }
}
