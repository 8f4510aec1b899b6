package app.corroborate.cli;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.align.Edit;
import app.corroborate.align.Relation;
import app.corroborate.align.Version;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare BASE OTHER [--json]}: sentence alignment and word-level edits of two versions. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Align two versions of a story sentence by sentence and show the word-level differences.")
final class CompareCommand implements Callable<Integer> {

    private final Parts parts;

    CompareCommand(Parts parts) {
        this.parts = parts;
    }

    @Parameters(index = "0", paramLabel = "BASE", description = "The reference version.")
    Path base;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The version to compare with it.")
    Path other;

    @Option(names = "--json", description = "Print the stable JSON form (schema 1).")
    boolean json;

    @Option(names = "--all", description = "In the readable report, list unchanged sentences too.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ImportException {
        List<SourceDocument> docs = SourceFiles.read(parts.importer(), List.of(base, other));
        Version a = Version.of(docs.get(0));
        Version b = Version.of(docs.get(1));
        Alignment alignment = parts.aligner().align(a, b);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(CompareReport.of(alignment)));
        } else {
            printReport(alignment, out);
        }
        out.flush();
        return 0;
    }

    private void printReport(Alignment al, PrintWriter out) {
        out.printf("base:  %s%nother: %s%n", al.base().id(), al.other().id());
        out.printf(
                "%d same, %d changed, %d moved, %d added, %d dropped%n%n",
                al.count(Relation.SAME),
                al.count(Relation.CHANGED),
                al.count(Relation.MOVED),
                al.count(Relation.ADDED),
                al.count(Relation.DROPPED));
        for (AlignedPair p : al.pairs()) {
            if (p.relation() == Relation.SAME && !all) {
                continue;
            }
            out.printf("%-8s %s%n", p.relation().id().toUpperCase(java.util.Locale.ROOT), header(p));
            if (p.base() != null) {
                out.printf("  - %s%n", Text.clip(p.base().of(al.base().text()), 160));
            }
            if (p.other() != null) {
                out.printf("  + %s%n", Text.clip(p.other().of(al.other().text()), 160));
            }
            for (Edit e : p.edits()) {
                out.printf(
                        "      %-7s [%s] -> [%s]%n",
                        e.op().id(),
                        Text.clip(e.base().of(al.base().text()), 60),
                        Text.clip(e.other().of(al.other().text()), 60));
            }
        }
    }

    private static String header(AlignedPair p) {
        if (!p.paired()) {
            return "";
        }
        String link = p.link() == app.corroborate.align.Link.ONE_TO_ONE ? "" : " (" + p.link() + ")";
        return String.format("similarity %.2f%s", p.similarity(), link);
    }
}
