package app.corroborate.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.CaseLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Preferences are written as they change, read back within range, and shared with the export and the store. */
class SettingsTest {

    private final Preferences node = Preferences.userRoot().node("app/corroborate-test-" + UUID.randomUUID());

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void changesAreKeptAndReadBackWithinRange() {
        Settings s = new Settings(node);
        s.editorProperty().set("Ada Editor");
        s.organisationProperty().set("The Daily Check");
        s.darkProperty().set(true);
        s.textSizeProperty().set(18);
        s.showRewordingProperty().set(false);
        Settings again = new Settings(node);
        assertEquals("Ada Editor", again.editorProperty().get());
        assertEquals(
                "The Daily Check", app.corroborate.export.Publisher.from(node).name(), "the export signs so");
        assertTrue(again.darkProperty().get());
        assertEquals(18, again.textSizeProperty().get());
        assertFalse(again.showRewordingProperty().get());
        node.putInt(Settings.SIZE, 400);
        assertEquals(Settings.MAX_SIZE, new Settings(node).textSizeProperty().get(), "out of range is clamped");
    }

    @Test
    void recentCasesKeepFilesAndServerCasesNewestFirstWithoutPasswords() throws Exception {
        Settings s = new Settings(node);
        s.rememberCase(Path.of("story.corroborate"));
        s.rememberCase(CaseLocation.parse("postgresql://ed:hunter2@db.example:5433/newsroom?case=ferry"));
        s.rememberCase(Path.of("other.corroborate"));
        s.rememberCase(Path.of("story.corroborate"));
        List<String> kept = new Settings(node)
                .recentCases().stream().map(CaseLocation::toString).toList();
        assertEquals(
                List.of(
                        Path.of("story.corroborate").toAbsolutePath().toString(),
                        Path.of("other.corroborate").toAbsolutePath().toString(),
                        "postgresql://ed@db.example:5433/newsroom?case=ferry"),
                kept,
                "newest first, each once");
        assertFalse(node.get(Settings.RECENT, "").contains("hunter2"), "no password is ever stored");
        CaseLocation server = new Settings(node).recentCases().get(2);
        assertEquals("ferry", server.name());
        assertEquals("ed@db.example:5433/newsroom", server.where());
    }
}
