package app.corroborate.cli;

import app.corroborate.collate.Collation;
import app.corroborate.eval.AnswerKey;
import app.corroborate.eval.Evaluation;
import app.corroborate.flag.Flag;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate KEY...}: recall, kind accuracy and precision of the flags against answer keys. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Score the flags against one or more answer keys (answer-key.json): recall, right kind "
                + "and precision per kind.")
final class EvaluateCommand implements Callable<Integer> {

    private final Parts parts;

    EvaluateCommand(Parts parts) {
        this.parts = parts;
    }

    @Parameters(arity = "1..*", paramLabel = "KEY", description = "answer-key.json files (versions beside them).")
    List<Path> keys;

    @Option(names = "--verbose", description = "List missed entries and unmatched flags.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, ImportException {
        PrintWriter out = spec.commandLine().getOut();
        for (Path keyFile : keys) {
            AnswerKey key = AnswerKey.read(keyFile);
            Map<String, SourceDocument> docs = key.documents(parts.importer());
            List<SourceDocument> list = new ArrayList<>(docs.values());
            Collation collation = Collation.of(list, 0);
            List<Flag> flags = parts.flags().run(collation);
            print(keyFile, new Evaluation().score(key, docs, flags), out);
            printGroups(key, new ArrayList<>(docs.keySet()), collation, out);
        }
        out.flush();
        return 0;
    }

    private void print(Path keyFile, Evaluation.Result r, PrintWriter out) {
        out.printf(
                "%s%n| kind | entries | found | right kind | flags | false positives | recall | precision |%n"
                        + "|---|---|---|---|---|---|---|---|%n",
                keyFile);
        r.byKind().forEach((kind, s) -> out.println(row(kind, s)));
        out.println(row("**all factual**", r.total()));
        out.printf(
                "recall %.2f, right kind %.2f, precision %.2f%n%n",
                r.total().recall(), r.total().kindAccuracy(), r.total().precision());
        if (verbose) {
            r.missed().forEach(m -> out.println("  missed: " + m));
            r.unmatched().forEach(m -> out.println("  unmatched: " + Text.clip(m, 200)));
        }
    }

    /** The copy groups found, as version names, against the key's independence groups where it has them. */
    private static void printGroups(AnswerKey key, List<String> names, Collation collation, PrintWriter out) {
        List<List<String>> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int g = collation.group()[i];
            while (found.size() <= g) {
                found.add(new ArrayList<>());
            }
            found.get(g).add(names.get(i));
        }
        if (key.groups().isEmpty()) {
            out.printf("groups %s (the key has none)%n%n", found);
        } else {
            out.printf("groups %s, key %s: %s%n%n", found, key.groups(), key.groupsMatch(found) ? "exact" : "DIFFER");
        }
    }

    private static String row(String kind, Evaluation.Score s) {
        return String.format(
                "| %s | %d | %d | %d | %d | %d | %s | %s |",
                kind,
                s.entries(),
                s.found(),
                s.rightKind(),
                s.flags(),
                s.falsePositives(),
                s.entries() == 0 ? "-" : String.format("%.2f", s.recall()),
                s.flags() == 0 ? "-" : String.format("%.2f", s.precision()));
    }
}
