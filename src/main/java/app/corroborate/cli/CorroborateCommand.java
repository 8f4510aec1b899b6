package app.corroborate.cli;

import app.corroborate.source.ImportException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code corroborate COMMAND ...}. Without a command the workbench window opens. */
@Command(
        name = "corroborate",
        mixinStandardHelpOptions = true,
        version = "Corroborate 0.1.0",
        description = {
            "Compare versions of a news story and flag what differs between them.",
            "With no command the workbench window opens on your copy of the sample case; with a case file"
                    + " (corroborate CASE.corroborate) it opens that case."
        },
        subcommands = {
            ExtractCommand.class,
            CompareCommand.class,
            FlagsCommand.class,
            ClaimsCommand.class,
            CaseCommand.class,
            VerdictCommand.class,
            AnnotateCommand.class,
            ExportCommand.class,
            EvaluateCommand.class,
            BenchCommand.class
        })
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
        // the commands are only listed, never run: no engine needs to be made for that
        return commandLine(null).getSubcommands().keySet();
    }

    /** The command line's composition root: every command made with the same {@link Parts}. */
    private static CommandLine commandLine(Parts parts) {
        return new CommandLine(new CorroborateCommand(), new CommandFactory(parts));
    }

    /**
     * Runs the command line and returns the exit code; bad input is one line on stderr, never a trace; nothing
     * printed can drive the terminal ({@link TerminalSafeWriter}).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, Parts.standard());
    }

    /** Runs the command line on {@code parts} (the product's own, or others in tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Parts parts) {
        PrintWriter safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
        PrintWriter safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
        CommandLine cl = commandLine(parts);
        cl.registerConverter(app.corroborate.store.CaseLocation.class, app.corroborate.store.CaseLocation::parse);
        cl.setOut(safeOut);
        cl.setErr(safeErr);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            refuse(safeErr, ex.getMessage() + " (see " + ex.getCommandLine().getCommandName() + " --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ImportException ie) {
                refuse(safeErr, ie.describe());
                return BAD_INPUT;
            }
            if (ex instanceof app.corroborate.store.CaseException ce) {
                refuse(safeErr, ce.getMessage());
                return BAD_INPUT;
            }
            refuse(safeErr, "unexpected failure: " + ex);
            if (Boolean.getBoolean("corroborate.debug")) {
                ex.printStackTrace(safeErr);
            }
            return 1;
        });
        int code = cl.execute(args);
        safeOut.flush();
        return code;
    }

    /** One line on stderr, whatever the message holds. */
    private static void refuse(PrintWriter err, String message) {
        err.println("corroborate: " + oneLine(message));
        err.flush();
    }

    /** {@code message} with its line breaks folded to spaces. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n\\u2028\\u2029]+\\s*", " ");
    }
}
