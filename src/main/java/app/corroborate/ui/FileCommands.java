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
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;

/**
 * The window's commands on case files: new, open, add sources (chosen, dropped or pasted) and export, each
 * asking what it needs with a file chooser or a dialog and doing the work through the view models.
 */
final class FileCommands {

    private final MainWindow window;
    private final Stage stage;
    private final TaskRunner tasks;
    private final Exporter exporter;
    private final SourceImporter importer;

    FileCommands(MainWindow window, Stage stage, TaskRunner tasks, Exporter exporter, SourceImporter importer) {
        this.window = window;
        this.stage = stage;
        this.tasks = tasks;
        this.exporter = exporter;
        this.importer = importer;
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a case");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Corroborate cases", "*.corroborate"),
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
            window.create(f.toPath().getFileName().toString().endsWith(".corroborate") ? f.toPath()
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
            new ImportViewModel(target, importer, tasks).importFiles(files, r -> reportImport(target, r));
        }
    }

    void pasteSource() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (window.session() == null || !clipboard.hasString() || clipboard.getString().isBlank()) {
            return;
        }
        String text = clipboard.getString();
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(stage);
        ask.setTitle("Paste a source");
        ask.setHeaderText("Which outlet published this text? (" + text.length() + " characters)");
        ask.getDialogPane().setId("paste-dialog");
        CaseSession target = window.session();
        ask.showAndWait().filter(o -> !o.isBlank()).ifPresent(outlet -> new ImportViewModel(target, importer, tasks)
                .importText(outlet, text, r -> reportImport(target, r)));
    }

    private void reportImport(CaseSession target, ImportResult r) {
        for (ImportResult.Refusal refusal : r.refused()) {
            Notifications.create().owner(stage).title("Not imported: " + refusal.file()).text(refusal.reason())
                    .hideAfter(javafx.util.Duration.seconds(12)).showWarning();
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
            new app.corroborate.ui.importing.ReimportViewModel(target, importer, tasks).reimport(row.summary().id(),
                    f.toPath(), target::notice);
        }
    }

    void export() {
        CaseSession target = window.session();
        if (target == null) {
            return;
        }
        String name = String.valueOf(target.store().file().getFileName()).replaceFirst("\\.corroborate$", "");
        Path folder = target.store().file().toAbsolutePath().getParent();
        ExportDialog.show(stage, new ExportViewModel(target, exporter, tasks),
                folder.resolve(name + "-summary." + ExportFormat.HTML.extension()), target::notice);
    }
}
