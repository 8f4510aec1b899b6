package app.corroborate.cli;

import app.corroborate.store.Anchoring;
import app.corroborate.store.Annotation;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.StoredSource;
import app.corroborate.store.TextQuoteSelector;
import app.corroborate.store.Verdict;
import app.corroborate.text.Span;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annotate CASE --source ID --quote TEXT --note TEXT}: a note on a passage of a source. */
@Command(
        name = "annotate",
        mixinStandardHelpOptions = true,
        description = "Annotate a passage of a source, found by its words (and context when they occur twice).")
final class AnnotateCommand implements Callable<Integer> {

    private final Parts parts;

    AnnotateCommand(Parts parts) {
        this.parts = parts;
    }

    @Parameters(index = "0", paramLabel = "CASE")
    CaseLocation file;

    @Option(names = "--source", required = true, paramLabel = "ID")
    String source;

    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The exact words of the passage.")
    String quote;

    @Option(names = "--prefix", paramLabel = "TEXT", description = "Words right before the passage.")
    String prefix;

    @Option(names = "--suffix", paramLabel = "TEXT", description = "Words right after the passage.")
    String suffix;

    @Option(names = "--note", required = true, paramLabel = "TEXT")
    String note;

    @Option(names = "--verdict", paramLabel = "VERDICT", defaultValue = "unreviewed")
    String verdict;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeat for several.")
    List<String> tags = List.of();

    @Option(names = "--author", paramLabel = "NAME")
    String author;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CaseException {
        if (quote.isEmpty()) {
            throw new CaseException(file + ": --quote is empty; give the exact words of the passage");
        }
        Verdict v;
        try {
            v = Verdict.parse(verdict);
        } catch (CaseException e) {
            throw CaseFiles.named(file, e);
        }
        try (CaseStore store = parts.cases().openForWriting(file)) {
            StoredSource s = store.sources().stream()
                    .filter(x -> x.id().equals(source))
                    .findFirst()
                    .orElseThrow(() -> new CaseException("no source " + source + " in this case"));
            Span span = Anchoring.locate(s.text(), new TextQuoteSelector(quote, prefix, suffix));
            Annotation a = store.annotate(source, span, note, v, tags, CaseFiles.author(author));
            spec.commandLine()
                    .getOut()
                    .printf("annotation %s on %s [%d, %d)%n", a.id(), source, span.start(), span.end());
        } catch (CaseException e) {
            throw CaseFiles.named(file, e);
        }
        return 0;
    }
}
