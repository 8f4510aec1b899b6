package app.corroborate.cli;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.review.VerdictSnapshots;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verdict CASE (--flag ID | --claim ID) --set VERDICT}: records the editor's judgement. */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = "Record a verdict (unreviewed, verified, disputed, false, unverifiable) on a flag or a claim, "
                + "with a snapshot of what it is about (its spans and texts in each source, the explanation, the "
                + "sources' hashes).")
final class VerdictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CASE")
    CaseLocation file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    static final class Subject {
        @Option(names = "--flag", paramLabel = "FINGERPRINT", description = "The flag's id.")
        String flag;

        @Option(names = "--claim", paramLabel = "ID", description = "The claim's id.")
        String claim;
    }

    @Option(names = "--set", required = true, paramLabel = "VERDICT")
    String verdict;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--evidence", paramLabel = "TEXT", description = "URLs or free text supporting the verdict.")
    String evidence;

    @Option(names = "--author", paramLabel = "NAME", description = "Default: the editor preference, else the OS user.")
    String author;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CaseException {
        Verdict v;
        try {
            v = Verdict.parse(verdict);
        } catch (CaseException e) {
            throw CaseFiles.named(file, e);
        }
        Target target = subject.flag != null ? Target.FLAG : Target.CLAIM;
        String id = subject.flag != null ? subject.flag : subject.claim;
        try {
            CaseAnalysis analysis;
            try (CaseStore store = CaseFiles.openReadOnly(file)) {
                analysis = CaseAnalyzer.standard().analyze(store);
            }
            boolean known = target == Target.FLAG ? analysis.flags().stream().anyMatch(f -> f.id().equals(id))
                    : analysis.claims().claims().stream().anyMatch(c -> c.id().equals(id));
            if (!known) {
                throw new CaseException(file + ": no " + target.id() + " " + id + " in this case");
            }
            try (CaseStore store = CaseFiles.openForWriting(file)) {
                VerdictRecord r = VerdictSnapshots.standard().record(store, analysis, target, id, v, note, evidence,
                        CaseFiles.author(author));
                spec.commandLine().getOut().printf("%s %s: %s%n", target.id(), id, r.verdict().id());
            }
        } catch (CaseException e) {
            throw CaseFiles.named(file, e);
        }
        return 0;
    }
}
