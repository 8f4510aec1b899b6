package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A summary is suggested beside its case, never in a hidden folder the editor cannot find. */
class ExportFolderTest {

    @Test
    void besideTheCaseFile() {
        Path folder = Path.of("/cases/harbour-fire").toAbsolutePath();
        assertEquals(folder, FileCommands.visibleFolder(folder));
    }

    @Test
    void notInTheAppsHiddenDataFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path suggested = FileCommands.visibleFolder(home.resolve(".local/share/corroborate"));
        assertTrue(suggested.equals(home) || suggested.equals(home.resolve("Documents")), suggested.toString());
    }
}
