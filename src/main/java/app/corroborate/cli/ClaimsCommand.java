package app.corroborate.cli;

import app.corroborate.claim.Claim;
import app.corroborate.claim.ClaimsMatrix;
import app.corroborate.claim.Status;
import app.corroborate.claim.Support;
import app.corroborate.collate.Collation;
import app.corroborate.source.ImportException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claims FILE... [--json]}: the corroboration matrix of check-worthy facts across sources. */
@Command(
        name = "claims",
        mixinStandardHelpOptions = true,
        description = "List the check-worthy facts of the sources (figures, quotes, dated events, attributed "
                + "statements) and which sources agree, differ or are silent, counting copies once.")
final class ClaimsCommand implements Callable<Integer> {

    private final Parts parts;

    ClaimsCommand(Parts parts) {
        this.parts = parts;
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Versions of the story; the first is the base.")
    List<Path> files;

    @Option(names = "--json", description = "Print the stable JSON form (schema 1).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ImportException {
        Collation c =
                Collation.of(FlagsCommand.read(parts.importer(), files.get(0), files.subList(1, files.size())), 0);
        ClaimsMatrix m = parts.claims().build(c);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(ClaimsReport.of(c, m)));
        } else {
            print(m, out);
        }
        out.flush();
        return 0;
    }

    private static void print(ClaimsMatrix m, PrintWriter out) {
        out.printf(
                "%d sources in %d independent groups:%n",
                m.sources().size(), m.groups().size());
        for (int g = 0; g < m.groups().size(); g++) {
            out.printf("  group %d: %s%n", g + 1, String.join(", ", m.groups().get(g)));
        }
        out.printf("%nsources: %s%n%n", String.join("  ", letters(m)));
        for (Claim c : m.claims()) {
            StringBuilder row = new StringBuilder();
            for (Support s : c.support().values()) {
                row.append(s.status() == Status.AGREES ? " + " : s.status() == Status.DIFFERS ? " ! " : " . ");
            }
            out.printf("%s  %-9s %d  %s%n", row, c.kind().id(), c.agreeing(), Text.clip(c.text(), 110));
        }
        out.println("\n+ agrees   ! differs   . absent   (number: independent groups that agree)");
    }

    private static List<String> letters(ClaimsMatrix m) {
        return java.util.stream.IntStream.range(0, m.sources().size())
                .mapToObj(i -> String.format(
                        Locale.ROOT, "%d=%s", i + 1, Path.of(m.sources().get(i)).getFileName()))
                .toList();
    }
}
