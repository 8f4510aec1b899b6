package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseStore;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.text.Span;
import app.corroborate.ui.annotations.AnnotationRow;
import app.corroborate.ui.common.FxTaskRunner;
import app.corroborate.ui.importing.ReimportViewModel;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Sources and undo in the window: a page fetched by its address, a source removed and restored, undo of notes. */
class SourceWorkflowTest extends WindowWorkflow {

    private MenuItem menuItem(String text) {
        MenuBar bar = lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> text.equals(i.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    private int sourceRows() {
        return lookup("#source-list").queryAs(ListView.class).getItems().size();
    }

    @Test
    void ctrlLFetchesAPageFromItsAddressIntoTheCase() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = (Files.readString(CaseFixtures.resource("/stories/court/a3-rewrite.txt"))
                        + "\n\nThe clerk said the ruling would be published on Friday.\n")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/story", x -> {
            x.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
            launchAndWait(caseFile);
            int before = sourceRows();
            key(KeyCode.CONTROL, KeyCode.L);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#address-dialog")
                    .tryQuery()
                    .isPresent());
            clickOn(lookup("#address-dialog .text-field").queryAs(javafx.scene.Node.class))
                    .write(url);
            clickOn(lookup("#address-dialog .button")
                    .match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                    .queryAs(javafx.scene.Node.class));
            try {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sourceRows() == before + 1);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(
                        "not added; dialog: "
                                + lookup("#address-dialog").tryQuery().isPresent()
                                + " fields: "
                                + lookup(".text-field").queryAllAs(javafx.scene.control.TextField.class).stream()
                                        .map(javafx.scene.control.TextField::getText)
                                        .toList()
                                + " notice: "
                                + lookup("#status-notice").queryAs(Label.class).getText() + " message: "
                                + lookup("#status-message").queryAs(Label.class).getText(),
                        e);
            }
            assertTrue(lookup("#status-notice").queryAs(Label.class).getText().startsWith("1 source added"));
            try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
                StoredSource fetched = s.sources().get(s.sources().size() - 1);
                assertEquals(url, fetched.web().address());
                assertEquals("Veloria Business Daily", fetched.outlet(), "the page's own outlet line is read");
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRemovedSourceIsListedRestoredAndItsRemovalUndone() throws Exception {
        launchAndWait(caseFile);
        int before = sourceRows();
        var session = app.window().session();
        int compared =
                app.window().workbench().model().sources().selectedProperty().get();
        String flag = session.analysis().flagsOf(compared).get(0).id();
        interact(() -> session.setVerdict(Target.FLAG, flag, Verdict.FALSE));
        assertTrue(!lookup("#orphan-verdicts").query().isVisible());
        interact(() ->
                menuItem("_Remove the compared source from the comparison").fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourceRows() == before - 1);
        assertTrue(lookup("#removed-sources").query().isVisible(), "the removed source is listed under the list");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> lookup("#orphan-verdicts").query().isVisible());
        assertTrue(lookup("#status-notice").queryAs(Label.class).getText().contains("stays in the case"));
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertEquals(1, s.removedSources().size());
        }
        key(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourceRows() == before);
        assertTrue(!lookup("#removed-sources").query().isVisible());

        interact(() ->
                menuItem("_Remove the compared source from the comparison").fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourceRows() == before - 1);
        MenuButton restore = lookup("#restore-source").queryAs(MenuButton.class);
        assertEquals(1, restore.getItems().size());
        interact(() -> restore.getItems().get(0).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourceRows() == before);
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertTrue(s.removedSources().isEmpty());
        }
    }

    @Test
    void anAnnotationIsUndoneAndRedone() throws Exception {
        launchAndWait(caseFile);
        int at = annotateInOtherPane("Ask the clerk");
        StyleClassedTextArea other = pane("#other-text");
        clickOn("Annotate");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> other.getStyleAtPosition(at + 5).contains("annotated"));
        interact(other::requestFocus);
        key(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !other.getStyleAtPosition(at + 5).contains("annotated"));
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertTrue(s.annotations().isEmpty(), "undo withdrew the annotation");
        }
        assertTrue(lookup("#status-notice").queryAs(Label.class).getText().startsWith("Undone: annotation"));
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> other.getStyleAtPosition(at + 5).contains("annotated"));
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertEquals("Ask the clerk", s.annotations().get(0).note());
        }
    }

    @Test
    void aPastedTextBecomesASourceNamedAfterItsOutlet() throws Exception {
        launchAndWait(caseFile);
        int before = sourceRows();
        interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("The Supreme Court struck down the Harbor Act on Tuesday in a five to four ruling. "
                    + "The port authority said it would study the decision.");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> lookup("#paste-dialog").tryQuery().isPresent());
        clickOn(lookup("#paste-dialog .text-field").queryAs(javafx.scene.Node.class))
                .write("Harbor Weekly");
        clickOn(lookup("#paste-dialog .button")
                .match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sourceRows() == before + 1);
        try (CaseStore s = SqliteCaseStore.open(caseFile, Clock.systemUTC())) {
            assertEquals(
                    "Harbor-Weekly.txt", s.sources().get(s.sources().size() - 1).fileName());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReimportThatLosesAnAnnotatedPassageListsItAsAnOrphan() throws Exception {
        launchAndWait(caseFile);
        var session = app.window().session();
        StoredSource rewrite = session.store().sources().get(3);
        String passage = rewrite.text()
                .lines()
                .filter(l -> l.length() > 60)
                .skip(1)
                .findFirst()
                .orElseThrow();
        int at = rewrite.text().indexOf(passage);
        interact(() -> session.annotate(
                rewrite.id(), new Span(at, at + passage.length()), "check", Verdict.DISPUTED, java.util.List.of()));
        java.nio.file.Path newer = dir.resolve("a3-rewrite-v2.txt");
        Files.writeString(newer, rewrite.text().replace(passage, "The ruling takes effect next month."));
        AtomicReference<String> said = new AtomicReference<>();
        interact(() -> new ReimportViewModel(session, new SourceImporter(), new FxTaskRunner())
                .reimport(rewrite.id(), newer, said::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> said.get() != null);
        assertTrue(said.get().contains("1 orphaned"), said.get());
        clickOn("#annotations-tab");
        ListView<AnnotationRow> list = lookup("#annotation-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> list.getItems().size() == 1
                        && list.getItems().get(0).annotation().orphaned());
        assertTrue(
                lookup("orphaned: its text is gone from the newer version")
                        .tryQuery()
                        .isPresent(),
                "the list says the annotation is an orphan, with its last known quote");
        assertEquals(
                passage.strip().replaceAll("\\s+", " "), list.getItems().get(0).quote());
    }
}
