package app.corroborate.cli;

import app.corroborate.collate.Collation;
import app.corroborate.flag.Flag;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flags BASE OTHER... [--json]}: typed, explained discrepancies of each version against the base. */
@Command(
        name = "flags",
        mixinStandardHelpOptions = true,
        description = "Flag what differs between versions of a story: changed figures, dates, names, quotes, "
                + "loaded wording, attribution, claims only one source makes, dropped facts.")
final class FlagsCommand implements Callable<Integer> {

    private final Parts parts;

    FlagsCommand(Parts parts) {
        this.parts = parts;
    }

    @Parameters(index = "0", paramLabel = "BASE", description = "The reference version.")
    Path base;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER", description = "Versions to check against it.")
    List<Path> others;

    @Option(names = "--json", description = "Print the stable JSON form (schema 1).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ImportException {
        Collation c = Collation.of(read(parts.importer(), base, others), 0);
        List<Flag> flags = parts.flags().run(c);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(FlagsReport.of(c, flags)));
        } else {
            print(c, flags, out);
        }
        out.flush();
        return 0;
    }

    static List<SourceDocument> read(SourceImporter importer, Path first, List<Path> rest) throws ImportException {
        List<Path> paths = new ArrayList<>();
        paths.add(first);
        paths.addAll(rest);
        return SourceFiles.read(importer, paths);
    }

    private static void print(Collation c, List<Flag> flags, PrintWriter out) {
        out.printf("base: %s%n", c.analyses().get(c.base()).document().path());
        List<List<String>> groups = c.groupPaths();
        out.printf("%d sources in %d independent groups%n", c.size(), groups.size());
        String source = null;
        for (Flag f : flags) {
            if (!f.source().equals(source)) {
                source = f.source();
                out.printf("%n%s%n", source);
            }
            out.printf(
                    "  %-6s %-19s %s%n",
                    f.severity().id().toUpperCase(java.util.Locale.ROOT),
                    f.kind().id(),
                    Text.clip(f.explanation(), 150));
        }
        if (flags.isEmpty()) {
            out.println("No discrepancies flagged.");
        }
    }
}
