package app.corroborate.cli;

import app.corroborate.source.ImportException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code corroborate COMMAND ...}. Without a command the workbench window opens. */
@Command(name = "corroborate", mixinStandardHelpOptions = true, version = "Corroborate 0.1",
        description = "Compare versions of a news story and flag what differs between them.",
        subcommands = {ExtractCommand.class, CompareCommand.class, FlagsCommand.class, ClaimsCommand.class,
                CaseCommand.class, VerdictCommand.class, AnnotateCommand.class, ExportCommand.class, EvaluateCommand.class,
                BenchCommand.class})
public final class CorroborateCommand implements Runnable {

    /** Exit code for input the tool cannot use (missing, empty, binary, too large, unreadable). */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The names of the commands ({@code extract}, {@code case}, ...). */
    public static java.util.Set<String> commandNames() {
        return new CommandLine(new CorroborateCommand()).getSubcommands().keySet();
    }

    /** Runs the command line and returns the exit code; bad input is one line on stderr, never a trace. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CorroborateCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ImportException ie) {
                err.println("corroborate: " + ie.describe());
                err.flush();
                return BAD_INPUT;
            }
            if (ex instanceof app.corroborate.store.CaseException ce) {
                err.println("corroborate: " + ce.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            err.println("corroborate: unexpected failure: " + ex);
            err.flush();
            return 1;
        });
        return cl.execute(args);
    }
}
