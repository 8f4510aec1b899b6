package app.corroborate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/app/corroborate/export/}. After a deliberate change of the
 * summary, run the test with {@code -Dgolden.update=true} to rewrite them, and review the difference.
 */
final class Golden {

    private static final Path DIR = Path.of("src/test/resources/app/corroborate/export");

    private Golden() {}

    static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(file, StandardCharsets.UTF_8),
                actual,
                name + " differs from the golden file (after a deliberate change: -Dgolden.update=true)");
    }
}
