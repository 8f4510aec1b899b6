package app.corroborate;

import app.corroborate.cli.CorroborateCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the jar: with no arguments the workbench window opens on the sample case; otherwise the
 * command line runs. Plain class (not a JavaFX Application) so the jar starts from the class path.
 */
public final class Main {

    private Main() {
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
        if (args.length == 0) {
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
