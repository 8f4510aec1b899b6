package app.corroborate.export;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.ProductVersion;
import app.corroborate.review.VerdictSnapshots;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Exports the verified summary of a case: builds the {@link Summary} and writes it in an {@link ExportFormat}. The
 * one entry point for the command line and the window.
 *
 * <p>Guarantees: only reads the case; text formats are UTF-8; runs on the calling thread (the window calls it
 * off the UI thread).
 */
public final class Exporter {

    private final SummaryBuilder builder;
    private final MarkdownWriter markdown = new MarkdownWriter();
    private final HtmlWriter html = new HtmlWriter();
    private final PdfWriter pdf = new PdfWriter(html);
    private final WebAnnotationWriter annotations = new WebAnnotationWriter();
    private final ClaimReviewWriter claimReview = new ClaimReviewWriter();

    public Exporter(SummaryBuilder builder) {
        this.builder = builder;
    }

    /** The product's exporter: the running version, the UTC clock. */
    public static Exporter standard() {
        return new Exporter(
                new SummaryBuilder(VerdictSnapshots.standard(), Clock.systemUTC(), ProductVersion.current()));
    }

    public Summary summary(CaseStore store, CaseAnalysis analysis, Publisher publisher) throws CaseException {
        return builder.build(store, analysis, publisher);
    }

    /** The summary as HTML, for a preview. */
    public String html(Summary summary) {
        return html.write(summary);
    }

    /** The summary in a text format (every format but PDF). */
    public String text(Summary summary, ExportFormat format) {
        return switch (format) {
            case MARKDOWN -> markdown.write(summary);
            case HTML -> html.write(summary);
            case ANNOTATIONS -> annotations.write(summary);
            case CLAIMREVIEW -> claimReview.write(summary);
            case PDF -> throw new IllegalArgumentException("PDF is not text; use write()");
        };
    }

    public void write(Summary summary, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.PDF) {
            pdf.write(summary, out);
        } else {
            out.write(text(summary, format).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }
}
