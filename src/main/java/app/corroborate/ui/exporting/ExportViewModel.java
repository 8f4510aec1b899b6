package app.corroborate.ui.exporting;

import app.corroborate.export.ExportFormat;
import app.corroborate.export.Exporter;
import app.corroborate.export.Publisher;
import app.corroborate.export.Summary;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.session.CaseSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Exports the verified summary of the open case from the window, through the same exporter as the command line,
 * in the background.
 *
 * <p>Guarantees: the file appears whole or not at all (written beside it under a temporary name, then moved into
 * place); the case is only read; the result (the file, or the reason it could not be written) is one line for
 * the editor.
 */
public final class ExportViewModel {

    private final CaseSession session;
    private final Exporter exporter;
    private final TaskRunner tasks;

    public ExportViewModel(CaseSession session, Exporter exporter, TaskRunner tasks) {
        this.session = session;
        this.exporter = exporter;
        this.tasks = tasks;
    }

    /** The format a file name asks for by its extension, if any ({@code .jsonld} is the annotation collection). */
    public static Optional<ExportFormat> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        for (ExportFormat f : ExportFormat.values()) {
            if (name.endsWith("." + f.extension())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Writes the summary to {@code target}; {@code done} receives the line to show. */
    public void export(Path target, ExportFormat format, Consumer<String> done) {
        CaseAnalysis analysis = session.analysis();
        if (analysis.isEmpty()) {
            done.accept("Nothing to export yet: the case has no analysed sources.");
            return;
        }
        tasks.run(
                () -> write(
                        exporter.summary(session.store(), analysis, Publisher.fromUserPreferences()), target, format),
                summary -> done.accept("Exported the " + format.description() + " to " + target + unreviewed(summary)),
                e -> done.accept("Not exported: "
                        + (e.getMessage() != null
                                ? e.getMessage()
                                : e.getClass().getSimpleName())));
    }

    /** The summary as Markdown, for the dialog's preview, built in the background. */
    public void preview(Consumer<String> show) {
        CaseAnalysis analysis = session.analysis();
        if (analysis.isEmpty()) {
            show.accept("The case has no analysed sources yet.");
            return;
        }
        tasks.run(
                () -> exporter.text(
                        exporter.summary(session.store(), analysis, Publisher.fromUserPreferences()),
                        ExportFormat.MARKDOWN),
                show,
                e -> show.accept("No preview: " + e.getMessage()));
    }

    private Summary write(Summary summary, Path target, ExportFormat format) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            exporter.write(summary, format, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return summary;
    }

    private static String unreviewed(Summary summary) {
        long n = summary.counts().unreviewed();
        return n == 0 ? "" : " (" + n + " item" + (n == 1 ? "" : "s") + " still unreviewed, listed as such)";
    }
}
