package app.corroborate;

import app.corroborate.cli.CorroborateCommand;
import app.corroborate.ui.TunedLaunch;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Entry point of the jar: with no arguments the workbench window opens on the sample case, with one argument
 * that is not a command it opens that case file; otherwise the command line runs. Plain class (not a JavaFX
 * Application) so the jar starts from the class path. Started with {@code java -jar}, both run in a second JVM
 * tuned for a fast start ({@link TunedLaunch}).
 */
public final class Main {

    private Main() {}

    /** True for a single argument that names a case file rather than a command or an option. */
    static boolean opensCase(String[] args) {
        return args.length == 1
                && !args[0].startsWith("-")
                && !CorroborateCommand.commandNames().contains(args[0]);
    }

    private static void openWindow(String[] args) {
        try {
            app.corroborate.ui.Launcher.main(args);
        } catch (RuntimeException | Error e) {
            System.err.println("corroborate: the workbench window cannot open here (" + e.getMessage()
                    + "); the command line still works: corroborate --help");
            System.exit(1);
        }
    }

    public static void main(String[] args) {
        boolean window = args.length == 0 || opensCase(args);
        OptionalInt tuned = TunedLaunch.run(Main.class, window ? "window" : "commands", args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        if (window) {
            openWindow(args);
            return;
        }
        java.util.logging.Logger.getLogger("java.util.prefs").setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = CorroborateCommand.execute(args, out, err);
        } catch (RuntimeException | Error e) {
            err.println("corroborate: internal error: " + e);
            code = 1;
        }
        System.exit(code);
    }
}
