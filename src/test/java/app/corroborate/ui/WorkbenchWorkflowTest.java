package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.flag.Flag;
import app.corroborate.store.AuditEntry;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.flags.FlagRow;
import app.corroborate.ui.inspector.VerdictMeaning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench driven as an editor drives it: flags walked with F8, verdicts set with the digit keys and undone, a
 * note written, the case reopened in a new window, a second window read-only, a damaged file refused.
 */
class WorkbenchWorkflowTest extends WindowWorkflow {

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
            assertEquals(app.window().workbench() != null ? other : null, Files.exists(caseFile) ? other : null);
            if (f.baseSpan() != null) {
                var base = pane("#base-text").getSelection();
                assertEquals(f.baseSpan().start(), base.getStart(), "base pane selects the flag's base span");
                assertEquals(f.baseSpan().end(), base.getEnd());
            }
            Label explanation = lookup("#inspector-explanation").queryAs(Label.class);
            assertEquals(f.explanation(), explanation.getText(), "the inspector shows the flag");
            assertEquals(
                    VerdictMeaning.hint(f.kind()),
                    lookup("#verdict-meaning").queryAs(Label.class).getText(),
                    "and what a verdict on it means");
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
        assertEquals(
                List.of("unreviewed>false", "false>unreviewed"),
                audit.stream()
                        .filter(a -> a.field().equals("verdict"))
                        .map(a -> a.oldValue() + ">" + a.newValue())
                        .toList(),
                "the undo is itself in the audit log");
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(Verdict.FALSE, stored(second.id()).verdict(), "redo");
        assertTrue(
                lookup("#status").queryAs(Label.class).getText().startsWith("2 of "),
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
        FlagRow again = table().getItems().stream()
                .filter(r -> r.id().equals(flag.id()))
                .findFirst()
                .orElseThrow();
        assertEquals(Verdict.DISPUTED, again.verdict());
        interact(() -> table().getSelectionModel().select(again));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Called the court",
                lookup("#inspector-note").queryAs(TextArea.class).getText());
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
    void quittingSavesANoteThatWasTypedButNotSaved() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.F8);
        FlagRow flag = selected();
        key(KeyCode.N);
        write("Ask the clerk");
        key(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ask the clerk", stored(flag.id()).note());
    }

    @Test
    void comparingAnotherSourceMovesTheInspectorToItsFlags() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.F8);
        int before = selected().source().index();
        key(KeyCode.CONTROL, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        FlagRow now = selected();
        assertTrue(
                now == null || now.source().index() != before,
                "the verdict keys never judge a flag of a source no longer compared: " + now);
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
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !pane("#other-text").getText().equals(first));
        String second = pane("#other-text").getText();
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> pane("#other-text").getText().equals(first));
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
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> lookup("#open-error").tryQuery().isPresent());
        Node dialog = lookup("#open-error").tryQuery().orElse(null);
        assertNotNull(dialog, "a dialog names the reason");
        assertTrue(lookup(".content.label").queryAs(Label.class).getText().contains("not a Corroborate case"));
        assertNotNull(lookup("#empty-state").tryQuery().orElse(null), "the window stays usable");
        assertEquals("this is not a case file at all", Files.readString(bad), "the file is untouched");
    }

    @Test
    void f1ShowsTheShortcuts() throws Exception {
        launchAndWait(caseFile);
        key(KeyCode.F1);
        assertTrue(lookup("#help-overlay").query().isVisible());
        key(KeyCode.ESCAPE);
        assertTrue(!lookup("#help-overlay").query().isVisible());
    }

    @Test
    void aCaseOpenedIsOfferedAmongTheRecentCasesAtOnce() throws Exception {
        launchAndWait(caseFile);
        javafx.scene.control.MenuBar bar = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu file = bar.getMenus().get(0);
        interact(file::show);
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) file.getItems().stream()
                .filter(i -> "recent-menu".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        List<String> offered = recent.getItems().stream()
                .map(javafx.scene.control.MenuItem::getText)
                .toList();
        interact(file::hide);
        assertTrue(
                !recent.isDisable() && offered.stream().anyMatch(t -> t.startsWith("court")),
                "the case just opened is offered without restarting: " + offered);
    }
}
