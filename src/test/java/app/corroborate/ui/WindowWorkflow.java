package app.corroborate.ui;

import app.corroborate.flag.Flag;
import app.corroborate.store.AuditEntry;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.flags.FlagRow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window driven as an editor drives it, for the workflow tests: a case built from fixture files in a temporary
 * folder, the app started on it, keys pressed, and the case file read back to check what was written.
 */
abstract class WindowWorkflow extends FxRobot {

    @TempDir
    Path dir;

    App app;
    Path caseFile;

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("corroborate.home", dir.resolve("home").toString());
        System.setProperty("corroborate.prefs", "app/corroborate-test-" + dir.getFileName());
        caseFile = CaseFixtures.court(dir);
        FxToolkit.registerPrimaryStage();
    }

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

    void launch(Path file) throws TimeoutException {
        app = (App) FxToolkit.setupApplication(App.class, file.toString());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void launchAndWait(Path file) throws TimeoutException {
        launch(file);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> lookup("#flag-table").tryQuery().isPresent()
                        && !table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    TableView<FlagRow> table() {
        return lookup("#flag-table").queryAs(TableView.class);
    }

    StyleClassedTextArea pane(String id) {
        return lookup(id).queryAs(StyleClassedTextArea.class);
    }

    FlagRow selected() {
        return table().getSelectionModel().getSelectedItem();
    }

    void key(KeyCode... keys) {
        push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitForReveal(Flag f) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var other = pane("#other-text").getSelection();
            return f.variantSpan() == null
                    || other.getStart() == f.variantSpan().start()
                            && other.getEnd() == f.variantSpan().end();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    javafx.geometry.Point2D point(StyleClassedTextArea area, int offset) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                        area.showParagraphAtTop(
                                area.offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                                        .getMajor());
                        area.layout();
                        javafx.geometry.Bounds b = area.getCharacterBoundsOnScreen(offset, offset + 1)
                                .orElseThrow();
                        return new javafx.geometry.Point2D(
                                b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
                    })
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the character cannot be brought on screen", e);
        }
    }

    Stage window() {
        return (Stage) lookup("#workbench").queryAll().stream()
                .filter(n -> n.getScene() != null)
                .findFirst()
                .map(n -> n.getScene().getWindow())
                .orElseGet(() -> listTargetWindows().get(0));
    }

    VerdictRecord stored(String flagId) throws Exception {
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            return s.verdict(Target.FLAG, flagId).orElseThrow();
        }
    }

    List<AuditEntry> audit(String flagId) throws Exception {
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            return s.audit(Target.FLAG, flagId);
        }
    }

    /**
     * Selects the first twenty characters of the compared version's first long line, annotates them with
     * {@code note} through Ctrl+M and the dialog, and returns where the passage starts.
     */
    int annotateInOtherPane(String note) throws TimeoutException {
        StyleClassedTextArea other = pane("#other-text");
        String text = other.getText();
        int at = text.indexOf(
                text.lines().filter(l -> l.length() > 60).findFirst().orElseThrow());
        interact(() -> {
            other.requestFocus();
            other.selectRange(at, at + 20);
        });
        key(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> lookup("#annotation-note").tryQuery().isPresent());
        clickOn("#annotation-note").write(note);
        return at;
    }
}
