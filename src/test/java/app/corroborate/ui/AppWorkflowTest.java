package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.ui.sources.SourceRow;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench opens on the sample case and shows the source the editor clicks. */
class AppWorkflowTest extends FxRobot {

    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensOnTheSampleCaseAndShowsTheClickedSource() throws Exception {
        ListView<SourceRow> list = lookup("#source-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 5);
        StyleClassedTextArea text = lookup("#source-text").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text.getText().contains("Harrowgate Dam"), "base text shown");
        assertTrue(list.getItems().get(0).base());
        assertTrue(lookup("#status").queryAs(Label.class).getText().startsWith("5 sources"));

        clickOn(lookup(".list-cell").nth(2).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        SourceRow third = list.getItems().get(2);
        assertEquals(third, list.getSelectionModel().getSelectedItem());
        assertEquals(third.document().text(), text.getText());
        assertTrue(text.getText().contains("Elena Warga"));
    }

    @Test
    void furnitureIsStyledAsSuch() throws Exception {
        ListView<?> list = lookup("#source-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea text = lookup("#source-text").queryAs(StyleClassedTextArea.class);
        int nav = text.getText().indexOf("Home Region Weather Sport");
        int story = text.getText().indexOf("Harrowgate Dam authority");
        assertTrue(text.getStyleAtPosition(nav + 1).contains("furniture"));
        assertTrue(!text.getStyleAtPosition(story + 1).contains("furniture"));
    }
}
