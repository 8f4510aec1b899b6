package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.export.ExportFormat;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.flags.FlagRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Working a case in the window: page furniture excluded and included, annotations, the claims matrix, a new case
 * filled by a drop of files, the theme and text size, the export dialog.
 */
class CaseWorkWorkflowTest extends WindowWorkflow {

    @Test
    void theEditorExcludesTextFromTheStoryAndIncludesItBack() throws Exception {
        launchAndWait(caseFile);
        StyleClassedTextArea other = pane("#other-text");
        String text = other.getText();
        String sentence = text.lines().filter(l -> l.length() > 60).findFirst().orElseThrow();
        int at = text.indexOf(sentence);
        assertTrue(!other.getStyleAtPosition(at + 5).contains("furniture"));
        interact(() -> {
            other.requestFocus();
            other.selectRange(at, at + sentence.length());
        });
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> other.getStyleAtPosition(at + 5).contains("furniture"));
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            String id = s.sources().get(1).id();
            assertEquals(1, s.overrides(id).size(), "the case keeps the decision");
            assertTrue(s.overrides(id).get(0).excluded());
        }
        interact(() -> {
            other.requestFocus();
            other.selectRange(at + 5, at + 5);
        });
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !other.getStyleAtPosition(at + 5).contains("furniture"));
    }

    @Test
    void anAnnotatedPassageIsMarkedListedAndFoundAgainAfterReopening() throws Exception {
        launchAndWait(caseFile);
        int at = annotateInOtherPane("Ask the clerk");
        StyleClassedTextArea other = pane("#other-text");
        String text = other.getText();
        clickOn("#annotation-tags").write("court, follow-up");
        clickOn("Annotate");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> other.getStyleAtPosition(at + 5).contains("annotated"));
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
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> shown.getSelection().getLength() == 20);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClaimsMatrixTakesVerdictKeysAndOpensTheComparisonOnACell() throws Exception {
        launchAndWait(caseFile);
        clickOn("#claims-tab");
        TableView<app.corroborate.ui.claims.ClaimRow> claims =
                lookup("#claims-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !claims.getItems().isEmpty());
        var row = claims.getItems().get(0);
        interact(() -> claims.getSelectionModel().select(row));
        key(KeyCode.DIGIT1);
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertEquals(
                    Verdict.VERIFIED,
                    s.verdict(Target.CLAIM, row.id()).orElseThrow().verdict());
        }
        javafx.geometry.Bounds view = claims.localToScreen(claims.getBoundsInLocal());
        Node cell = lookup("#claims-table .cell-agrees").queryAll().stream()
                .filter(n -> view.contains(n.localToScreen(n.getBoundsInLocal())))
                .skip(1)
                .findFirst()
                .orElseThrow();
        doubleClickOn(cell);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> lookup("#compare").query().isVisible()
                        && (pane("#other-text").getSelection().getLength() > 0
                                || pane("#base-text").getSelection().getLength() > 0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInspectorShowsTheClaimAFlagIsAboutAndOpensItInTheMatrix() throws Exception {
        launchAndWait(caseFile);
        int flags = table().getItems().size();
        Node open = null;
        for (int i = 0; i < flags && open == null; i++) {
            key(KeyCode.F8);
            open = lookup("#inspector-open-claim")
                    .tryQuery()
                    .filter(Node::isVisible)
                    .orElse(null);
        }
        assertNotNull(open, "a changed figure or quote of the court story is about a claim of the matrix");
        assertTrue(lookup("#inspector-claim-verdict")
                .queryAs(Label.class)
                .getText()
                .contains("not judged yet"));
        FlagRow flag = selected();
        clickOn(open);
        TableView<app.corroborate.ui.claims.ClaimRow> claims =
                lookup("#claims-table").queryAs(TableView.class);
        var row = claims.getSelectionModel().getSelectedItem();
        assertNotNull(row, "the claim is selected in the matrix");
        assertTrue(row.flags().contains(flag.id()), "and lists the flag");
        key(KeyCode.DIGIT2);
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertEquals(
                    Verdict.FALSE,
                    s.verdict(Target.CLAIM, row.id()).orElseThrow().verdict());
            assertTrue(s.verdict(Target.FLAG, flag.id()).isEmpty(), "the flag keeps its own verdict");
        }
        assertTrue(
                lookup("#inspector-claim-verdict")
                        .queryAs(Label.class)
                        .getText()
                        .contains("judged false"),
                "the inspector shows the claim's verdict at once");
        key(KeyCode.F8);
        assertTrue(
                lookup("#compare").query().isVisible(),
                "walking the flags goes back to the comparison from the matrix");
        FlagRow next = selected();
        key(KeyCode.DIGIT1);
        assertEquals(Verdict.VERIFIED, next.verdict(), "and the verdict keys judge the flag again");
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertEquals(
                    Verdict.FALSE,
                    s.verdict(Target.CLAIM, row.id()).orElseThrow().verdict());
        }
    }

    @Test
    void aNewCaseTakesADropOfFilesAndABadOneIsNotifiedByName() throws Exception {
        launchAndWait(caseFile);
        Path fresh = dir.resolve("fresh.corroborate");
        interact(() -> app.window().create(fresh));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window().getTitle().startsWith("fresh.corroborate"));
        Path png = dir.resolve("photo.txt");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'});
        interact(() -> app.window()
                .importFiles(List.of(
                        CaseFixtures.resource("/stories/court/a0-wire.txt"),
                        png,
                        CaseFixtures.resource("/stories/court/a2-rewrite.html"))));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> lookup("#flag-table").tryQuery().isPresent()
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
        assertTrue(javafx.application.Application.getUserAgentStylesheet()
                .toLowerCase()
                .contains("dark"));
        interact(() -> settings.textSizeProperty().set(20));
        assertTrue(pane("#other-text").getStyle().contains("20px"));
        interact(() -> settings.darkProperty().set(false));
        assertTrue(!javafx.application.Application.getUserAgentStylesheet()
                .toLowerCase()
                .contains("dark"));
        StyleClassedTextArea other = pane("#other-text");
        boolean edits = other.getText().length() > 0
                && java.util.stream.IntStream.range(0, other.getLength())
                        .anyMatch(i -> other.getStyleAtPosition(i).contains("rep")
                                || other.getStyleAtPosition(i).contains("ins"));
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
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> lookup("#export-preview").tryQuery().isPresent());
        javafx.scene.layout.VBox pages = lookup("#export-pages").queryAs(javafx.scene.layout.VBox.class);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> pages.isVisible()
                        && pages.getChildren().stream().anyMatch(n -> n instanceof javafx.scene.image.ImageView));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<ExportFormat> format =
                lookup("#export-format").queryAs(javafx.scene.control.ChoiceBox.class);
        interact(() -> format.setValue(ExportFormat.MARKDOWN));
        TextArea preview = lookup("#export-preview").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> preview.isVisible() && preview.getText().startsWith("# Verified summary: Court ruling"));
        interact(() -> format.setValue(ExportFormat.HTML));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !preview.isVisible());
        Path out = dir.resolve("summary.html");
        interact(() -> lookup("#export-path")
                .queryAs(javafx.scene.control.TextField.class)
                .setText(out.toString()));
        clickOn("Export");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out));
        String html = Files.readString(out);
        assertTrue(html.contains("Court ruling"), "the summary of this case");
        assertTrue(!html.contains("<script"), "no script in the exported page");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> lookup("#status-notice").queryAs(Label.class).getText().startsWith("Exported"));
    }

    @Test
    void ctrlFFindsInEverySourceAndAHitIsShownInItsPane() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.CONTROL, KeyCode.F);
        assertTrue(lookup("#find-field").query().isFocused(), "Ctrl+F puts the caret in the find field");
        write("Supreme Court");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<app.corroborate.ui.find.Hit> hits =
                lookup("#find-hits").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hits.getItems().size() >= 2);
        var last = hits.getItems().get(hits.getItems().size() - 1);
        interact(() -> hits.getSelectionModel().select(last));
        StyleClassedTextArea pane = pane(last.source() == 0 ? "#base-text" : "#other-text");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> pane.getSelection().getStart() == last.span().start()
                        && pane.getSelectedText().equalsIgnoreCase("Supreme Court"));
    }

    @Test
    void aChosenFilterStaysNamedInItsBoxAndEveryVerdictIsOffered() throws Exception {
        launchAndWait(caseFile);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> kind =
                lookup("#filter-kind").queryAs(javafx.scene.control.ComboBox.class);
        clickOn(kind);
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(kind.getValue() != null
                && ((app.corroborate.ui.flags.FilterOption<?>) kind.getValue()).value() != null);
        javafx.scene.control.ListCell<?> shown = (javafx.scene.control.ListCell<?>) kind.lookup(".list-cell");
        assertEquals(String.valueOf(kind.getValue()), shown.getText(), "the box names the chosen filter");
        assertTrue(shown.getText() != null && !shown.getText().isBlank());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> verdict =
                lookup("#filter-verdict").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(
                1 + Verdict.values().length,
                verdict.getItems().size(),
                verdict.getItems().toString());
    }
}
