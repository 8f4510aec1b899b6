package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.flag.Flag;
import app.corroborate.store.AuditEntry;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.compare.Side;
import app.corroborate.ui.flags.FlagRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench driven as an editor drives it: a case built from fixture files, flags walked with F8, verdicts
 * set with the digit keys and undone, a note written, the case reopened in a new window, a second window
 * read-only, a damaged file refused.
 */
class WorkbenchWorkflowTest extends FxRobot {

    @TempDir
    Path dir;

    private App app;
    private Path caseFile;

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
        java.util.prefs.Preferences.userRoot().node(System.getProperty("corroborate.prefs")).removeNode();
    }

    private void launch(Path file) throws TimeoutException {
        app = (App) FxToolkit.setupApplication(App.class, file.toString());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void launchAndWait(Path file) throws TimeoutException {
        launch(file);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#flag-table").tryQuery().isPresent()
                && !table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<FlagRow> table() {
        return lookup("#flag-table").queryAs(TableView.class);
    }

    private StyleClassedTextArea pane(String id) {
        return lookup(id).queryAs(StyleClassedTextArea.class);
    }

    private FlagRow selected() {
        return table().getSelectionModel().getSelectedItem();
    }

    private void key(KeyCode... keys) {
        push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForReveal(Flag f) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var other = pane("#other-text").getSelection();
            return f.variantSpan() == null || other.getStart() == f.variantSpan().start()
                    && other.getEnd() == f.variantSpan().end();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f8WalksTheFlagsAndBothPanesTheListAndTheInspectorFollow() throws Exception {
        launchAndWait(caseFile);
        assertTrue(window().getTitle().startsWith("court.corroborate"), window().getTitle());
        List<FlagRow> rows = List.copyOf(table().getItems());
        assertTrue(rows.size() >= 3, "the court story raises flags: " + rows.size());
        for (int i = 0; i < 3; i++) {
            key(KeyCode.F8);
            FlagRow row = rows.get(i);
            assertEquals(row, selected(), "flag " + i + " selected in the list");
            Flag f = row.flag();
            waitForReveal(f);
            String other = pane("#other-text").getText();
            assertEquals(app.window().workbench() != null ? other : null,
                    Files.exists(caseFile) ? other : null);
            if (f.baseSpan() != null) {
                var base = pane("#base-text").getSelection();
                assertEquals(f.baseSpan().start(), base.getStart(), "base pane selects the flag's base span");
                assertEquals(f.baseSpan().end(), base.getEnd());
            }
            Label explanation = lookup("#inspector-explanation").queryAs(Label.class);
            assertEquals(f.explanation(), explanation.getText(), "the inspector shows the flag");
        }
        key(KeyCode.SHIFT, KeyCode.F8);
        assertEquals(rows.get(1), selected(), "Shift+F8 goes back");
    }

    @Test
    void digitKeysSetVerdictsThatReachTheCaseFileAndUndoReversesOne() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.F8);
        FlagRow first = selected();
        key(KeyCode.DIGIT1);
        assertEquals(Verdict.VERIFIED, first.verdict());
        key(KeyCode.F8);
        FlagRow second = selected();
        key(KeyCode.DIGIT2);
        assertEquals(Verdict.FALSE, second.verdict());
        assertEquals(Verdict.FALSE, stored(second.id()).verdict(), "written when set");
        key(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(Verdict.UNREVIEWED, second.verdict(), "undo reverses the last verdict");
        assertEquals(Verdict.UNREVIEWED, stored(second.id()).verdict());
        assertEquals(Verdict.VERIFIED, stored(first.id()).verdict(), "the earlier verdict stays");
        List<AuditEntry> audit = audit(second.id());
        assertEquals(List.of("unreviewed>false", "false>unreviewed"), audit.stream()
                .filter(a -> a.field().equals("verdict")).map(a -> a.oldValue() + ">" + a.newValue()).toList(),
                "the undo is itself in the audit log");
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(Verdict.FALSE, stored(second.id()).verdict(), "redo");
        assertTrue(lookup("#status").queryAs(Label.class).getText().startsWith("2 of "),
                lookup("#status").queryAs(Label.class).getText());
    }

    @Test
    void aNoteAndVerdictsSurviveClosingAndReopeningTheCase() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.F8);
        key(KeyCode.F8);
        FlagRow flag = selected();
        key(KeyCode.DIGIT3);
        key(KeyCode.N);
        TextArea note = lookup("#inspector-note").queryAs(TextArea.class);
        assertTrue(note.isFocused(), "N puts the caret in the note");
        write("Called the court");
        key(KeyCode.CONTROL, KeyCode.ENTER);
        assertEquals("Called the court", stored(flag.id()).note());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        launchAndWait(caseFile);
        FlagRow again = table().getItems().stream().filter(r -> r.id().equals(flag.id())).findFirst().orElseThrow();
        assertEquals(Verdict.DISPUTED, again.verdict());
        interact(() -> table().getSelectionModel().select(again));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Called the court", lookup("#inspector-note").queryAs(TextArea.class).getText());
    }

    @Test
    void movingOnSavesANoteThatWasTypedButNotSaved() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.F8);
        FlagRow flag = selected();
        key(KeyCode.N);
        write("Check the ruling");
        key(KeyCode.F8);
        assertNotEquals(flag, selected());
        assertEquals("Check the ruling", stored(flag.id()).note());
    }

    @Test
    void digitsTypedInTheNoteAreTextNotVerdicts() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.F8);
        FlagRow flag = selected();
        key(KeyCode.N);
        write("12");
        assertEquals(Verdict.UNREVIEWED, flag.verdict());
        assertEquals("12", lookup("#inspector-note").queryAs(TextArea.class).getText());
    }

    @Test
    void ctrlTabComparesTheNextSourceAndF7WalksItsDifferences() throws Exception {
        launchAndWait(caseFile);
        String first = pane("#other-text").getText();
        key(KeyCode.CONTROL, KeyCode.TAB);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !pane("#other-text").getText().equals(first));
        String second = pane("#other-text").getText();
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane("#other-text").getText().equals(first));
        assertNotEquals(first, second);
        key(KeyCode.F7);
        var a = pane("#other-text").getSelection();
        var b = pane("#base-text").getSelection();
        assertTrue(a.getLength() > 0 || b.getLength() > 0, "F7 selects the first difference");
        key(KeyCode.F7);
        var c = pane("#other-text").getSelection();
        assertTrue(c.getStart() >= a.getStart(), "F7 moves down the compared version");
    }

    @Test
    void aSecondWindowOnTheSameCaseIsReadOnlyAndSaysSo() throws Exception {
        try (CaseStore first = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertTrue(!first.readOnly());
            launchAndWait(caseFile);
            assertNotNull(lookup("#read-only-banner").tryQuery().orElse(null), "a banner says read-only");
            assertTrue(window().getTitle().contains("read-only"));
            key(KeyCode.F8);
            FlagRow flag = selected();
            key(KeyCode.DIGIT1);
            assertEquals(Verdict.UNREVIEWED, flag.verdict(), "nothing changes in a read-only window");
            assertTrue(lookup("#status-message").queryAs(Label.class).getText().startsWith("Not saved"));
        }
    }

    @Test
    void aDamagedCaseFileGetsADialogAndTheWindowStaysUsable() throws Exception {
        Path bad = dir.resolve("bad.corroborate");
        Files.write(bad, "this is not a case file at all".getBytes());
        launch(bad);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#open-error").tryQuery().isPresent());
        Node dialog = lookup("#open-error").tryQuery().orElse(null);
        assertNotNull(dialog, "a dialog names the reason");
        assertTrue(lookup(".content.label").queryAs(Label.class).getText().contains("not a Corroborate case"));
        assertNotNull(lookup("#empty-state").tryQuery().orElse(null), "the window stays usable");
        assertEquals("this is not a case file at all", Files.readString(bad), "the file is untouched");
    }

    @Test
    void theEditorExcludesTextFromTheStoryAndIncludesItBack() throws Exception {
        launchAndWait(caseFile);
        StyleClassedTextArea other = pane("#other-text");
        String text = other.getText();
        String sentence = text.lines().filter(l -> l.length() > 60).findFirst().orElseThrow();
        int at = text.indexOf(sentence);
        assertTrue(!other.getStyleAtPosition(at + 5).contains("furniture"));
        clickOn(point(other, at + 5));
        interact(() -> other.selectRange(at, at + sentence.length()));
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> other.getStyleAtPosition(at + 5).contains("furniture"));
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            String id = s.sources().get(1).id();
            assertEquals(1, s.overrides(id).size(), "the case keeps the decision");
            assertTrue(s.overrides(id).get(0).excluded());
        }
        clickOn(point(other, at + 5));
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !other.getStyleAtPosition(at + 5).contains("furniture"));
    }

    private javafx.geometry.Point2D point(StyleClassedTextArea area, int offset) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                area.showParagraphAtTop(area.offsetToPosition(offset,
                        org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
                area.layout();
                javafx.geometry.Bounds b = area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow();
                return new javafx.geometry.Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the character cannot be brought on screen", e);
        }
    }

    @Test
    void anAnnotatedPassageIsMarkedListedAndFoundAgainAfterReopening() throws Exception {
        launchAndWait(caseFile);
        StyleClassedTextArea other = pane("#other-text");
        String text = other.getText();
        String sentence = text.lines().filter(l -> l.length() > 60).findFirst().orElseThrow();
        int at = text.indexOf(sentence);
        clickOn(point(other, at + 3));
        interact(() -> other.selectRange(at, at + 20));
        key(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#annotation-note").tryQuery().isPresent());
        clickOn("#annotation-note").write("Ask the clerk");
        clickOn("#annotation-tags").write("court, follow-up");
        clickOn("Annotate");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> other.getStyleAtPosition(at + 5).contains("annotated"));
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            var a = s.annotations();
            assertEquals(1, a.size());
            assertEquals("Ask the clerk", a.get(0).note());
            assertEquals(List.of("court", "follow-up"), a.get(0).tags());
            assertEquals(text.substring(at, at + 20), a.get(0).selector().exact());
        }
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        launchAndWait(caseFile);
        clickOn("#annotations-tab");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<app.corroborate.ui.annotations.AnnotationRow> list =
                lookup("#annotation-list").queryAs(javafx.scene.control.ListView.class);
        assertEquals(1, list.getItems().size(), "the annotation is found again after reopening");
        clickOn(lookup("#annotation-list .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#annotation-inspector").query().isVisible(), "the inspector shows the annotation");
        key(KeyCode.DIGIT3);
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertEquals(Verdict.DISPUTED, s.annotations().get(0).verdict(), "the verdict keys act on it");
        }
        StyleClassedTextArea shown = pane("#other-text");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.getSelection().getLength() == 20);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClaimsMatrixTakesVerdictKeysAndOpensTheComparisonOnACell() throws Exception {
        launchAndWait(caseFile);
        clickOn("#claims-tab");
        TableView<app.corroborate.ui.claims.ClaimRow> claims = lookup("#claims-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !claims.getItems().isEmpty());
        var row = claims.getItems().get(0);
        interact(() -> claims.getSelectionModel().select(row));
        key(KeyCode.DIGIT1);
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertEquals(Verdict.VERIFIED, s.verdict(Target.CLAIM, row.id()).orElseThrow().verdict());
        }
        Node cell = lookup("#claims-table .cell-agrees").nth(1).query();
        doubleClickOn(cell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#compare").query().isVisible()
                && (pane("#other-text").getSelection().getLength() > 0
                        || pane("#base-text").getSelection().getLength() > 0));
    }

    @Test
    void aNewCaseTakesADropOfFilesAndABadOneIsNotifiedByName() throws Exception {
        launchAndWait(caseFile);
        Path fresh = dir.resolve("fresh.corroborate");
        interact(() -> app.window().create(fresh));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window().getTitle().startsWith("fresh.corroborate"));
        Path png = dir.resolve("photo.txt");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'});
        interact(() -> app.window().importFiles(List.of(CaseFixtures.resource("/stories/court/a0-wire.txt"), png,
                CaseFixtures.resource("/stories/court/a2-rewrite.html"))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#flag-table").tryQuery().isPresent()
                && !table().getItems().isEmpty());
        assertTrue(lookup("Not imported: photo.txt").tryQuery().isPresent(), "a notification names the bad file");
        assertTrue(lookup("#status-notice").queryAs(Label.class).getText().startsWith("2 sources added; 1 file"));
        try (CaseStore s = SqliteCaseStore.open(fresh, Clock.systemUTC())) {
            assertEquals(2, s.sources().size());
        }
    }

    @Test
    void theDarkThemeAndTheTextSizeApplyAtOnceAndBack() throws Exception {
        launchAndWait(caseFile);
        var settings = app.window().settings();
        interact(() -> settings.darkProperty().set(true));
        assertTrue(javafx.application.Application.getUserAgentStylesheet().toLowerCase().contains("dark"));
        interact(() -> settings.textSizeProperty().set(20));
        assertTrue(pane("#other-text").getStyle().contains("20px"));
        interact(() -> settings.darkProperty().set(false));
        assertTrue(!javafx.application.Application.getUserAgentStylesheet().toLowerCase().contains("dark"));
        StyleClassedTextArea other = pane("#other-text");
        boolean edits = other.getText().length() > 0 && java.util.stream.IntStream.range(0, other.getLength())
                .anyMatch(i -> other.getStyleAtPosition(i).contains("rep") || other.getStyleAtPosition(i).contains("ins"));
        interact(() -> settings.showRewordingProperty().set(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.util.stream.IntStream.range(0, other.getLength())
                .noneMatch(i -> other.getStyleAtPosition(i).contains("ins")
                        || other.getStyleAtPosition(i).contains("del")));
        assertTrue(edits, "the compared version had word edits before they were hidden");
    }

    @Test
    void theExportDialogPreviewsTheSummaryAndWritesTheChosenFormat() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.F8);
        key(KeyCode.DIGIT2);
        key(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-preview").tryQuery().isPresent());
        TextArea preview = lookup("#export-preview").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getText().contains("Court ruling"));
        Path out = dir.resolve("summary.html");
        interact(() -> lookup("#export-path").queryAs(javafx.scene.control.TextField.class).setText(out.toString()));
        clickOn("Export");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out));
        String html = Files.readString(out);
        assertTrue(html.contains("Court ruling"), "the summary of this case");
        assertTrue(!html.contains("<script"), "no script in the exported page");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#status-notice").queryAs(Label.class).getText()
                .startsWith("Exported"));
    }

    @Test
    void f1ShowsTheShortcuts() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.F1);
        assertTrue(lookup("#help-overlay").query().isVisible());
        key(KeyCode.ESCAPE);
        assertTrue(!lookup("#help-overlay").query().isVisible());
    }

    private Stage window() {
        return (Stage) lookup("#workbench").tryQuery().map(n -> n.getScene().getWindow())
                .orElseGet(() -> listTargetWindows().get(0));
    }

    private VerdictRecord stored(String flagId) throws Exception {
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            return s.verdict(Target.FLAG, flagId).orElseThrow();
        }
    }

    private List<AuditEntry> audit(String flagId) throws Exception {
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            return s.audit(Target.FLAG, flagId);
        }
    }

    @SuppressWarnings("unused")
    private static Side side() {
        return Side.BASE;
    }
}
