package app.corroborate.cli;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code case list CASE [--json]}: sources, flags and claims with their verdicts, annotations. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List a case: sources, flags and claims with their verdicts, annotations.")
final class CaseListCommand implements Callable<Integer> {

    private final Parts parts;

    CaseListCommand(Parts parts) {
        this.parts = parts;
    }

    @Parameters(index = "0", paramLabel = "CASE")
    CaseLocation file;

    @Option(names = "--json", description = "Print the stable JSON form (schema 1).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CaseException {
        try (CaseStore store = parts.cases().openReadOnly(file)) {
            CaseListReport report = CaseListReport.of(store, parts.analyzer().analyze(store));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(report));
            } else {
                print(report, out);
            }
            out.flush();
        } catch (CaseException e) {
            throw CaseFiles.named(file, e);
        }
        return 0;
    }

    private static void print(CaseListReport r, PrintWriter out) {
        out.printf(
                "%s (editor %s)%n%nSources:%n",
                r.caseInfo().title(), r.caseInfo().editor());
        r.sources().forEach(s -> out.printf("  %s %s%s%n", s.id(), s.fileName(), s.base() ? " (base)" : ""));
        out.printf("%nFlags (%d):%n", r.flags().size());
        r.flags()
                .forEach(f -> out.printf(
                        "  %s %-12s %-19s %s%n", f.id(), f.verdict(), f.kind(), Text.clip(f.explanation(), 100)));
        out.printf("%nClaims (%d):%n", r.claims().size());
        r.claims().forEach(c -> out.printf("  %s %-12s %s%n", c.id(), c.verdict(), Text.clip(c.text(), 100)));
        out.printf("%nAnnotations (%d):%n", r.annotations().size());
        r.annotations()
                .forEach(a -> out.printf(
                        "  %s %-12s %s'%s' %s%n",
                        a.id(),
                        a.verdict(),
                        a.orphaned() ? "[orphaned] " : "",
                        Text.clip(a.exact(), 60),
                        a.note() == null ? "" : a.note()));
        if (!r.orphanedVerdicts().isEmpty()) {
            out.printf(
                    "%nVerdicts on flags or claims no longer raised (%d):%n",
                    r.orphanedVerdicts().size());
            r.orphanedVerdicts().forEach(o -> out.printf("  %s %s %s%n", o.target(), o.id(), o.verdict()));
        }
    }
}
