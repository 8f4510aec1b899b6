package app.corroborate.review;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The product's cache folder: files it can always make again (analyses, the window's start-up archive), kept in
 * the platform's folder for caches, or under {@code corroborate.home}/cache when that system property is set.
 */
public final class CacheFolder {

    private CacheFolder() {}

    /** The folder named {@code name} in the cache (not made here). */
    public static Path of(String name) {
        return root().resolve(name);
    }

    private static Path root() {
        String home = System.getProperty("corroborate.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "cache");
        }
        String user = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : user, "Corroborate", "Cache");
        }
        if (os.contains("mac")) {
            return Path.of(user, "Library", "Caches", "Corroborate");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return Path.of(
                xdg != null && !xdg.isBlank() ? xdg : Path.of(user, ".cache").toString(), "corroborate");
    }
}
