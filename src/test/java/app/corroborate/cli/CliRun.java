package app.corroborate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in the test's JVM: exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CorroborateCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
