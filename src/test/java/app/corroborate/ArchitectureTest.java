package app.corroborate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core never knows the UI toolkit: nothing outside {@code app.corroborate.ui} imports JavaFX. */
class ArchitectureTest {

    private static final Pattern UI_IMPORT = Pattern.compile(
            "^\\s*import\\s+(static\\s+)?(javafx\\.|org\\.fxmisc\\.|org\\.controlsfx\\.|atlantafx\\.)",
            Pattern.MULTILINE);
    private static final Path MAIN = Path.of("src/main/java/app/corroborate");

    @Test
    void coreDoesNotImportJavaFx() throws IOException {
        List<Path> core;
        try (Stream<Path> files = Files.walk(MAIN)) {
            core = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MAIN.relativize(p).startsWith("ui"))
                    .toList();
        }
        assertTrue(core.size() > 20, "found the core sources");
        List<Path> offenders = core.stream().filter(ArchitectureTest::importsUi).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void theCheckRecognisesAnOffender() {
        assertTrue(UI_IMPORT.matcher("package x;\nimport javafx.scene.Node;\n").find());
        assertTrue(UI_IMPORT
                .matcher("import org.fxmisc.richtext.StyleClassedTextArea;")
                .find());
    }

    private static boolean importsUi(Path p) {
        try {
            return UI_IMPORT.matcher(Files.readString(p)).find();
        } catch (IOException e) {
            throw new IllegalStateException(p.toString(), e);
        }
    }
}
