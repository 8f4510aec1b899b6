package app.corroborate.ui;

import app.corroborate.export.ExportFormat;
import app.corroborate.export.Exporter;
import app.corroborate.source.SourceImporter;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.exporting.ExportDialog;
import app.corroborate.ui.exporting.ExportViewModel;
import app.corroborate.ui.importing.ImportResult;
import app.corroborate.ui.importing.ImportViewModel;
import app.corroborate.ui.session.CaseSession;
import app.corroborate.web.WebAddress;
import app.corroborate.web.WebImporter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;

/**
 * The window's commands on case files and sources: new, open, add sources (chosen, dropped, pasted or fetched
 * from a web address), remove and restore sources, re-import, and export, each asking what it needs with a file
 * chooser or a dialog and doing the work through the view models.
 */
final class FileCommands {

    private final MainWindow window;
    private final Stage stage;
    private final TaskRunner tasks;
    private final Supplier<Exporter> exporter;
    private final SourceImporter importer;
    private final WebImporter web;

    FileCommands(
            MainWindow window,
            Stage stage,
            TaskRunner tasks,
            Supplier<Exporter> exporter,
            SourceImporter importer,
            WebImporter web) {
        this.window = window;
        this.stage = stage;
        this.tasks = tasks;
        this.exporter = exporter;
        this.importer = importer;
        this.web = web;
    }

    private ImportViewModel importing(CaseSession target) {
        return new ImportViewModel(target, importer, web, tasks);
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a case");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Corroborate cases", "*.corroborate"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            window.open(f.toPath());
        }
    }

    void newCase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New case");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Corroborate cases", "*.corroborate"));
        chooser.setInitialFileName("story.corroborate");
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            window.create(
                    f.toPath().getFileName().toString().endsWith(".corroborate")
                            ? f.toPath()
                            : f.toPath().resolveSibling(f.getName() + ".corroborate"));
        }
    }

    void chooseAndImport() {
        if (window.session() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add sources: pages saved as HTML or text, PDFs");
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Adds the files to the open case; refusals are notified one by one, the others imported. */
    void importFiles(List<Path> files) {
        CaseSession target = window.session();
        if (target != null) {
            importing(target).importFiles(files, r -> reportImport(target, r));
        }
    }

    /** Asks for a web address (the clipboard's link when it holds one) and fetches that page as a source. */
    void addFromAddress() {
        if (window.session() == null) {
            return;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String offered = clipboard.hasString()
                ? WebAddress.firstAddress(clipboard.getString()).orElse("")
                : "";
        TextInputDialog ask = new TextInputDialog(offered);
        ask.initOwner(stage);
        ask.setTitle("Add a page from the web");
        ask.setHeaderText("The page's address (http or https)");
        ask.setContentText("Address:");
        ask.getDialogPane().setId("address-dialog");
        Label note = new Label("Only the page itself is fetched: no script runs and nothing else is loaded. The "
                + "address, the final address after redirects and the time are kept with the source.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().add("muted");
        ask.getDialogPane().setExpandableContent(note);
        ask.getDialogPane().setExpanded(true);
        ask.setOnShown(e -> Platform.runLater(ask.getEditor()::requestFocus));
        ask.showAndWait().filter(a -> !a.isBlank()).ifPresent(this::importAddress);
    }

    /** Fetches the page at {@code address} into the open case (a dropped or pasted link, or a typed one). */
    void importAddress(String address) {
        CaseSession target = window.session();
        if (target != null) {
            target.notice("Fetching " + address + "\u2026");
            importing(target).importAddress(address.strip(), r -> reportImport(target, r));
        }
    }

    /**
     * Adds the clipboard's text as a source, asking which outlet published it; a clipboard that holds a link
     * fetches that page instead.
     */
    void pasteSource() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (window.session() == null
                || !clipboard.hasString()
                || clipboard.getString().isBlank()) {
            return;
        }
        String text = clipboard.getString();
        if (WebAddress.isAddress(text)) {
            importAddress(text);
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(stage);
        ask.setTitle("Paste a source");
        ask.setHeaderText("Which outlet published this text? (" + text.length() + " characters)");
        ask.getDialogPane().setId("paste-dialog");
        CaseSession target = window.session();
        ask.showAndWait().filter(o -> !o.isBlank()).ifPresent(outlet -> importing(target)
                .importText(outlet, text, r -> reportImport(target, r)));
    }

    private void reportImport(CaseSession target, ImportResult r) {
        for (ImportResult.Refusal refusal : r.refused()) {
            Notifications.create()
                    .owner(stage)
                    .title("Not imported: " + refusal.file())
                    .text(refusal.reason())
                    .hideAfter(javafx.util.Duration.seconds(12))
                    .showWarning();
        }
        target.notice(r.summary());
    }

    /** Asks for a newer version of a source and re-imports it, saying which annotations moved or are orphans. */
    void reimport(app.corroborate.ui.sources.SourceRow row) {
        CaseSession target = window.session();
        if (target == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("A newer version of " + row.label());
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            new app.corroborate.ui.importing.ReimportViewModel(target, importer, tasks)
                    .reimport(row.summary().id(), f.toPath(), target::notice);
        }
    }

    /** Takes a source out of the comparison (the case keeps it; undo or Restore brings it back). */
    void remove(app.corroborate.ui.sources.SourceRow row) {
        CaseSession target = window.session();
        if (target != null) {
            target.sources().remove(row.summary().id(), row.label());
        }
    }

    void export() {
        CaseSession target = window.session();
        if (target == null) {
            return;
        }
        String name = String.valueOf(target.store().file().getFileName()).replaceFirst("\\.corroborate$", "");
        Path folder = visibleFolder(target.store().file().toAbsolutePath().getParent());
        ExportDialog.show(
                stage,
                new ExportViewModel(target, exporter.get(), tasks),
                folder.resolve(name + "-summary." + ExportFormat.HTML.extension()),
                target::notice);
    }

    /**
     * Where a summary is suggested: beside the case file, unless the case lives in a hidden folder (the sample case's
     * copy in the app's data folder), then in the editor's Documents folder, else the home folder.
     */
    static Path visibleFolder(Path folder) {
        for (Path part : folder) {
            if (part.toString().startsWith(".")) {
                Path home = Path.of(System.getProperty("user.home"));
                Path documents = home.resolve("Documents");
                return java.nio.file.Files.isDirectory(documents) ? documents : home;
            }
        }
        return folder;
    }
}
