package app.corroborate.ui.preferences;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.EditorName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's preferences (java.util.prefs, the product's node): editor name, organisation name and URL (used
 * by the export), theme, text size of the comparison, and whether neutral rewording is shown. Each is a property
 * the window follows at run time, written back to the preferences as it changes.
 *
 * <p>Guarantees: values read back are within range (a text size from {@link #MIN_SIZE} to {@link #MAX_SIZE}, a
 * theme of {@code light} or {@code dark}), whatever the preference store holds.
 */
public final class Settings {

    public static final int MIN_SIZE = 11;
    public static final int MAX_SIZE = 24;
    static final String THEME = "theme";
    static final String SIZE = "text.size";
    static final String REWORDING = "show.rewording";
    static final String ORG_NAME = "organisation.name";
    static final String ORG_URL = "organisation.url";
    static final String RECENT = "recent.cases";
    /** How many recently opened cases the File menu and the empty window list. */
    public static final int RECENT_LIMIT = 8;

    private final Preferences node;
    private final StringProperty editor = new SimpleStringProperty();
    private final StringProperty organisation = new SimpleStringProperty();
    private final StringProperty organisationUrl = new SimpleStringProperty();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final IntegerProperty textSize = new SimpleIntegerProperty();
    private final BooleanProperty showRewording = new SimpleBooleanProperty();
    private final ObservableList<CaseLocation> recent = FXCollections.observableArrayList();

    public Settings(Preferences node) {
        this.node = node;
        editor.set(new EditorName(node).current());
        organisation.set(node.get(ORG_NAME, ""));
        organisationUrl.set(node.get(ORG_URL, ""));
        dark.set("dark".equals(node.get(THEME, System.getProperty("corroborate.theme", "light"))));
        textSize.set(Math.max(MIN_SIZE, Math.min(MAX_SIZE, node.getInt(SIZE, 14))));
        showRewording.set(node.getBoolean(REWORDING, true));
        node.get(RECENT, "")
                .lines()
                .filter(l -> !l.isBlank())
                .limit(RECENT_LIMIT)
                .map(Settings::location)
                .flatMap(java.util.Optional::stream)
                .forEach(recent::add);
        editor.addListener((o, was, now) -> {
            if (now != null && !now.isBlank()) {
                new EditorName(node).set(now);
            }
        });
        organisation.addListener((o, was, now) -> node.put(ORG_NAME, now == null ? "" : now.strip()));
        organisationUrl.addListener((o, was, now) -> node.put(ORG_URL, now == null ? "" : now.strip()));
        dark.addListener((o, was, now) -> node.put(THEME, now ? "dark" : "light"));
        textSize.addListener(
                (o, was, now) -> node.putInt(SIZE, Math.max(MIN_SIZE, Math.min(MAX_SIZE, now.intValue()))));
        showRewording.addListener((o, was, now) -> node.putBoolean(REWORDING, now));
    }

    /** The product's preference node (another one when the system property {@code corroborate.prefs} names it). */
    public static Settings fromUserPreferences() {
        return new Settings(Preferences.userRoot().node(System.getProperty("corroborate.prefs", "app/corroborate")));
    }

    /** Where the editor left each case. */
    public Places places() {
        return new Places(node);
    }

    public StringProperty editorProperty() {
        return editor;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty organisationUrlProperty() {
        return organisationUrl;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public BooleanProperty showRewordingProperty() {
        return showRewording;
    }

    /**
     * The cases opened most recently, newest first: case files (since moved or deleted included) and cases on a
     * server (kept without any password).
     */
    public ObservableList<CaseLocation> recentCases() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** Puts a case file first among the recent ones (the sample case is not remembered by callers). */
    public void rememberCase(Path file) {
        rememberCase(new CaseLocation.File(file));
    }

    /** Puts a case first among the recent ones; a server case is remembered without a password. */
    public void rememberCase(CaseLocation location) {
        CaseLocation kept = location instanceof CaseLocation.File f
                ? new CaseLocation.File(f.file().toAbsolutePath().normalize())
                : location.withoutPassword();
        List<CaseLocation> next = new ArrayList<>();
        next.add(kept);
        recent.stream()
                .filter(p -> !p.toString().equals(kept.toString()))
                .limit(RECENT_LIMIT - 1)
                .forEach(next::add);
        recent.setAll(next);
        node.put(
                RECENT,
                String.join("\n", next.stream().map(CaseLocation::toString).toList()));
    }

    private static java.util.Optional<CaseLocation> location(String stored) {
        try {
            return java.util.Optional.of(CaseLocation.parse(stored));
        } catch (CaseException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
