package app.corroborate.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the window keeps the editor's own files (the copy of the sample case): the platform's folder for
 * application data, or the folder named by the system property {@code corroborate.home}.
 */
public final class UserFolders {

    private UserFolders() {}

    public static Path data() {
        String override = System.getProperty("corroborate.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Corroborate");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Corroborate");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(
                xdg != null && !xdg.isBlank()
                        ? xdg
                        : Path.of(home, ".local", "share").toString(),
                "corroborate");
    }
}
