package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.ui.flags.FlagRow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the main window on the sample case, two flags into the click-through, to
 * {@code target/screenshots/workbench.png}: the picture the README shows (copy it to {@code assets/screenshots/}
 * when the window changes).
 */
class WorkbenchScreenshotTest extends FxRobot {

    @TempDir
    Path home;

    private App app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        java.util.prefs.Preferences.userRoot()
                .node(System.getProperty("corroborate.prefs"))
                .removeNode();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSampleCaseRendersToAPicture() throws Exception {
        System.setProperty("corroborate.home", home.toString());
        System.setProperty("corroborate.prefs", "app/corroborate-test-" + home.getFileName());
        FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(App.class);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> lookup("#flag-table").tryQuery().isPresent()
                        && !lookup("#flag-table")
                                .queryAs(TableView.class)
                                .getItems()
                                .isEmpty());
        TableView<FlagRow> table = lookup("#flag-table").queryAs(TableView.class);
        push(KeyCode.F8);
        push(KeyCode.F8);
        push(KeyCode.F8);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = table.getScene();
        Path out = render(scene, "workbench.png");
        assertTrue(Files.size(out) > 20_000, "a picture of the whole window, not an empty frame");
        javafx.scene.Node comparison = lookup("#overview").query().getParent();
        assertTrue(Files.size(render(comparison, "overview.png")) > 10_000, "the comparison with the overview strip");
        clickOn("#claims-tab");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> lookup("#claims-table").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertTrue(Files.size(render(scene, "claims-matrix.png")) > 20_000);
        clickOn("Comparison");
        interact(() -> app.window().settings().darkProperty().set(true));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertTrue(Files.size(render(scene, "workbench-dark.png")) > 20_000);
        interact(() -> app.window().settings().darkProperty().set(false));
        assertTrue(Files.exists(home.resolve("sample.corroborate")), "the sample was copied, never opened in place");
    }

    private static Path render(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(toBuffered(image), "png", out.toFile());
        return out;
    }

    private static Path render(javafx.scene.Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(toBuffered(image), "png", out.toFile());
        return out;
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return out;
    }
}
