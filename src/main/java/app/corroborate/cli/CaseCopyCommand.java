package app.corroborate.cli;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.jdbc.CaseCopy;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code case copy FROM TO}: a whole case between a file and a server (either way, or alike), verified. */
@Command(
        name = "copy",
        mixinStandardHelpOptions = true,
        description = "Copy a whole case (sources with their bytes and history, verdicts, snapshots, annotations, "
                + "furniture decisions, the audit log) to a new case file or server case, then compare both. "
                + "File to server publishes a case to the newsroom; server to file takes it offline.")
final class CaseCopyCommand implements Callable<Integer> {

    private final Parts parts;

    CaseCopyCommand(Parts parts) {
        this.parts = parts;
    }

    @Parameters(index = "0", paramLabel = "FROM", description = "The case: a file or a postgresql:// address.")
    CaseLocation from;

    @Parameters(index = "1", paramLabel = "TO", description = "The new case: a file or a postgresql:// address.")
    CaseLocation to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CaseException {
        CaseCopy.Report report;
        try {
            report = parts.cases().stores().copy(from, to);
        } catch (CaseException e) {
            throw new CaseException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("copied %s to %s (%s); both compared equal%n", from, to, report);
        return 0;
    }
}
