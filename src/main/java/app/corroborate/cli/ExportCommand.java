package app.corroborate.cli;

import app.corroborate.export.ExportFormat;
import app.corroborate.export.Exporter;
import app.corroborate.export.Publisher;
import app.corroborate.export.Summary;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export CASE --format md|html|pdf|annotations|claimreview [-o FILE]}: the verified summary of a case. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the verified summary of a case: md (Markdown), html (one self-contained file), pdf, "
                + "annotations (W3C Web Annotation JSON-LD) or claimreview (schema.org ClaimReview JSON-LD).")
final class ExportCommand implements Callable<Integer> {

    private final Parts parts;

    ExportCommand(Parts parts) {
        this.parts = parts;
    }

    /**
     * PDFBox names the standard fonts it substitutes and openhtmltopdf times its steps (harmless: the summary embeds
     * its own font); the command line keeps both quiet.
     */
    private static final Logger PDF_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    @Parameters(index = "0", paramLabel = "CASE")
    CaseLocation file;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "md, html, pdf, annotations or claimreview.")
    String format;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Where to write it (standard output without it; pdf needs a file).")
    Path out;

    @Option(
            names = "--organisation",
            paramLabel = "NAME",
            description = "The fact-checking organisation (ClaimReview author). Default: the preference.")
    String organisation;

    @Option(names = "--organisation-url", paramLabel = "URL", description = "Its web address. Default: the preference.")
    String organisationUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CaseException, IOException {
        ExportFormat f = ExportFormat.fromId(format)
                .orElseThrow(() ->
                        new CaseException("unknown export format '" + format + "'; use one of " + ExportFormat.ids()));
        if (f.binary() && out == null) {
            throw new CaseException("the " + f.id() + " format needs a file: add -o FILE");
        }
        if (f.binary()) {
            quietPdfLogging();
        }
        Exporter exporter = parts.exporter().get();
        Summary summary;
        try (CaseStore store = parts.cases().open(file)) {
            CaseAnalysis analysis = parts.analyzer().analyze(store);
            summary = exporter.summary(store, analysis, publisher());
        } catch (CaseException e) {
            throw CaseFiles.named(file, e);
        }
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(exporter.text(summary, f));
            w.flush();
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exporter.write(summary, f, bytes);
            writeFile(bytes.toByteArray());
            spec.commandLine().getErr().printf("%s written to %s (%d bytes)%n", f.description(), out, bytes.size());
        }
        return 0;
    }

    /** Keeps PDFBox's font substitution notes and openhtmltopdf's step timings off standard error. */
    static void quietPdfLogging() {
        PDF_FONTS.setLevel(Level.SEVERE);
        XRLog.setLoggingEnabled(false);
    }

    private Publisher publisher() {
        Publisher preferred =
                organisation != null && organisationUrl != null ? Publisher.NONE : Publisher.fromUserPreferences();
        return preferred.with(organisation, organisationUrl);
    }

    /** Writes the file whole or not at all: a temporary file next to it, then moved into place. */
    private void writeFile(byte[] bytes) throws CaseException {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream o = Files.newOutputStream(partial)) {
                o.write(bytes);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing else to clean up
            }
            throw new CaseException(out + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
