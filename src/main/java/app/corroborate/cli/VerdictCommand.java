package app.corroborate.cli;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.ProductVersion;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.VerdictSnapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verdict CASE (--flag ID | --claim ID) --set VERDICT}: records the editor's judgement. */
@Command(
        name = "verdict",
        mixinStandardHelpOptions = true,
        description = "Record a verdict (unreviewed, verified, disputed, false, unverifiable) on a flag or a claim, "
                + "with a snapshot of what it is about (its spans and texts in each source, the explanation, the "
                + "sources' hashes).")
final class VerdictCommand implements Callable<Integer> {

    private final Parts parts;

    VerdictCommand(Parts parts) {
        this.parts = parts;
    }

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
            try (CaseStore store = parts.cases().openReadOnly(file)) {
                if (stillSeen(store, target, id)) {
                    record(null, target, id, v);
                    return 0;
                }
                analysis = parts.analyzer().analyze(store);
            }
            boolean known = target == Target.FLAG
                    ? analysis.flags().stream().anyMatch(f -> f.id().equals(id))
                    : analysis.claims().claims().stream().anyMatch(c -> c.id().equals(id));
            if (!known) {
                throw new CaseException(file + ": no " + target.id() + " " + id + " in this case");
            }
            record(analysis, target, id, v);
        } catch (CaseException e) {
            throw CaseFiles.named(file, e);
        }
        return 0;
    }

    /**
     * Records the verdict with the snapshot of the flag or claim in {@code analysis}; with a null analysis, keeps
     * the snapshot the case already has.
     */
    private void record(CaseAnalysis analysis, Target target, String id, Verdict v) throws CaseException {
        try (CaseStore store = parts.cases().openForWriting(file)) {
            VerdictRecord r = analysis == null
                    ? store.setVerdict(target, id, v, note, evidence, CaseFiles.author(author), null)
                    : parts.snapshots()
                            .record(store, analysis, target, id, v, note, evidence, CaseFiles.author(author));
            spec.commandLine()
                    .getOut()
                    .printf("%s %s: %s%n", target.id(), id, r.verdict().id());
        }
    }

    /**
     * True if the case already holds a snapshot of this flag or claim taken by this version of the engine on the
     * sources it holds now (each passage's source still there with the same hash): the id is known to be valid
     * without analysing the case again, so a verdict on a flag already reviewed never waits for the analysis.
     */
    static boolean stillSeen(CaseStore store, Target target, String id) throws CaseException {
        Optional<VerdictSnapshot> snapshot = store.snapshot(target, id);
        if (snapshot.isEmpty()
                || !ProductVersion.current().equals(snapshot.get().appVersion())) {
            return false;
        }
        Map<String, String> hashes = new HashMap<>();
        store.sources().forEach(s -> hashes.put(s.id(), s.sha256()));
        return !snapshot.get().passages().isEmpty()
                && snapshot.get().passages().stream()
                        .allMatch(p -> p.sha256() != null && p.sha256().equals(hashes.get(p.sourceId())));
    }
}
