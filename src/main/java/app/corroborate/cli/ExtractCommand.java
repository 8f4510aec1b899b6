package app.corroborate.cli;

import app.corroborate.source.Exclusion;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.text.Span;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract FILE [--json]}: the visible text of a source, its furniture, metadata and sentences. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Show the visible text of a source, the page furniture excluded from comparison, "
                + "its metadata and its sentences.")
final class ExtractCommand implements Callable<Integer> {

    private final Parts parts;

    ExtractCommand(Parts parts) {
        this.parts = parts;
    }

    @Parameters(
            paramLabel = "FILE",
            description = "An HTML page, a plain-text file or a PDF (format sniffed " + "from the content).")
    Path file;

    @Option(names = "--json", description = "Print the stable JSON form (schema 1).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ImportException {
        SourceDocument doc = parts.importer().read(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(ExtractReport.of(doc)));
        } else {
            printReport(doc, out);
        }
        out.flush();
        return 0;
    }

    private static void printReport(SourceDocument d, PrintWriter out) {
        var m = d.metadata();
        out.printf(
                "%s%n  format %s, encoding %s, sha256 %s%n",
                d.path(), d.format().id(), d.encoding(), d.sha256());
        out.printf(
                "  title:     %s%n  outlet:    %s%n  published: %s%n  byline:    %s%n",
                dash(m.title()), dash(m.outlet()), dash(m.published()), dash(m.byline()));
        d.warnings().forEach(w -> out.printf("  warning:   %s%n", w.message()));
        out.printf("%nExcluded as page furniture (%d):%n", d.excluded().size());
        for (Exclusion e : d.excluded()) {
            out.printf("  [%-15s] %s%n", e.reason().id(), Text.clip(e.span().of(d.text()), 90));
        }
        out.printf("%nStory sentences (%d):%n", d.sentences().size());
        int n = 1;
        for (Span s : d.sentences()) {
            out.printf("  %3d  %s%n", n++, Text.clip(s.of(d.text()), 100));
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
