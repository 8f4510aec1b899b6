package app.corroborate.ui.exporting;

import app.corroborate.export.ExportFormat;
import app.corroborate.export.Exporter;
import app.corroborate.export.PagePreview;
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
import java.util.List;
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
    private final PagePreview render;
    private long previews;
    private TaskRunner.Running running = TaskRunner.Running.DONE;
    private Prepared prepared;

    /** Pages rendered for a preview at most; the rest of a long summary is counted, not drawn. */
    static final int MAX_PREVIEW_PAGES = 12;

    public ExportViewModel(CaseSession session, Exporter exporter, TaskRunner tasks) {
        this.session = session;
        this.exporter = exporter;
        this.tasks = tasks;
        this.render = new PagePreview(exporter);
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

    /**
     * The preview of the summary in {@code format}, built in the background: the file's own text for the text
     * formats (Markdown, the JSON-LD collections), the laid-out pages for HTML and PDF. A preview asked for
     * after this one replaces it (the earlier one is cancelled): {@code show} only ever receives the preview of the
     * format asked for last.
     */
    public void preview(ExportFormat format, Consumer<Preview> show) {
        CaseAnalysis analysis = session.analysis();
        long asked = ++previews;
        running.cancel();
        if (analysis.isEmpty()) {
            show.accept(Preview.text("The case has no analysed sources yet."));
            return;
        }
        running = tasks.run(
                () -> previewOf(format, analysis),
                p -> {
                    if (asked == previews) {
                        show.accept(p);
                    }
                },
                e -> {
                    if (asked == previews) {
                        show.accept(Preview.text("No preview: "
                                + (e.getMessage() != null
                                        ? e.getMessage()
                                        : e.getClass().getSimpleName())));
                    }
                });
    }

    /** Stops a preview still being prepared (the dialog closed). */
    public void stopPreview() {
        previews++;
        running.cancel();
    }

    private Preview previewOf(ExportFormat format, CaseAnalysis analysis) throws Exception {
        Prepared p = prepared(analysis);
        return switch (format) {
            case HTML, PDF -> Preview.pages(p.pages());
            default -> Preview.text(exporter.text(p.summary(), format));
        };
    }

    /**
     * The summary of this analysis, and its pages once laid out, made once for the dialog's previews (HTML and PDF
     * show the same pages); a new analysis makes them again.
     */
    private synchronized Prepared prepared(CaseAnalysis analysis) throws Exception {
        if (prepared == null || prepared.analysis() != analysis) {
            prepared = new Prepared(
                    analysis, exporter.summary(session.store(), analysis, Publisher.fromUserPreferences()), null);
        }
        return prepared;
    }

    /** The summary of an analysis, and its laid-out pages once rendered. */
    private final class Prepared {
        private final CaseAnalysis analysis;
        private final Summary summary;
        private PagePreview.Pages pages;

        Prepared(CaseAnalysis analysis, Summary summary, PagePreview.Pages pages) {
            this.analysis = analysis;
            this.summary = summary;
            this.pages = pages;
        }

        CaseAnalysis analysis() {
            return analysis;
        }

        Summary summary() {
            return summary;
        }

        synchronized PagePreview.Pages pages() throws IOException {
            if (pages == null) {
                pages = render.render(summary, MAX_PREVIEW_PAGES);
            }
            return pages;
        }
    }

    /** What the preview shows: the text of the file, or pictures of its first pages. */
    public record Preview(String text, List<byte[]> pages, int totalPages) {
        public Preview {
            pages = List.copyOf(pages);
        }

        static Preview text(String text) {
            return new Preview(text, List.of(), 0);
        }

        static Preview pages(PagePreview.Pages p) {
            return new Preview("", p.png(), p.total());
        }

        public boolean laidOut() {
            return !pages.isEmpty();
        }
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
