package app.corroborate.review;

import app.corroborate.claim.Claim;
import app.corroborate.claim.Support;
import app.corroborate.flag.Flag;
import app.corroborate.source.SourceDocument;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.TextQuoteSelector;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.store.VerdictSnapshot.Passage;
import app.corroborate.text.Span;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the snapshot of a flag or a claim from the current analysis of a case, for the window and the command
 * line alike, and records a verdict with it.
 *
 * <p>Guarantees: every passage's {@code [start, end)}, {@code exact}, {@code prefix} and {@code suffix} are taken
 * from the text of the analysed document (the text {@code extract} prints for that source) and its
 * {@code sha256} is the hash of that source's raw bytes; the analysis is only read.
 */
public final class VerdictSnapshots {

    private final Clock clock;
    private final String appVersion;

    public VerdictSnapshots(Clock clock, String appVersion) {
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** Snapshots stamped with the running product's version and the UTC clock. */
    public static VerdictSnapshots standard() {
        return new VerdictSnapshots(Clock.systemUTC(), ProductVersion.current());
    }

    /** The snapshot of the flag or claim {@code id}; empty when the analysis has no such flag or claim. */
    public Optional<VerdictSnapshot> of(CaseAnalysis analysis, Target target, String id) {
        if (target == Target.FLAG) {
            return analysis.flags().stream()
                    .filter(f -> f.id().equals(id))
                    .findFirst()
                    .map(f -> of(analysis, f));
        }
        if (target == Target.CLAIM) {
            return analysis.claims().claims().stream()
                    .filter(c -> c.id().equals(id))
                    .findFirst()
                    .map(c -> of(analysis, c));
        }
        return Optional.empty();
    }

    public VerdictSnapshot of(CaseAnalysis analysis, Flag flag) {
        List<Passage> passages = new ArrayList<>();
        passages.add(passage(analysis, 0, "base", flag.baseSpan()));
        int variant = analysis.indexOf(flag.source());
        if (variant >= 0) {
            passages.add(passage(analysis, variant, "variant", flag.variantSpan()));
        }
        String baseText = passages.get(0).exact();
        return new VerdictSnapshot(
                Target.FLAG,
                flag.id(),
                flag.kind().id(),
                flag.severity().id(),
                flag.explanation(),
                baseText,
                passages,
                appVersion,
                clock.instant());
    }

    public VerdictSnapshot of(CaseAnalysis analysis, Claim claim) {
        List<Passage> passages = new ArrayList<>();
        for (Map.Entry<String, Support> e : claim.support().entrySet()) {
            int i = analysis.indexOf(e.getKey());
            if (i >= 0) {
                passages.add(passage(
                        analysis, i, e.getValue().status().id(), e.getValue().span()));
            }
        }
        return new VerdictSnapshot(
                Target.CLAIM,
                claim.id(),
                claim.kind().id(),
                null,
                claim.agreeing() + " independent source(s) state it",
                claim.text(),
                passages,
                appVersion,
                clock.instant());
    }

    /**
     * Sets the verdict with the snapshot of its flag or claim in the current analysis (without a snapshot when the
     * analysis no longer has it: the earlier snapshot, if any, is kept).
     */
    public VerdictRecord record(
            CaseStore store,
            CaseAnalysis analysis,
            Target target,
            String id,
            Verdict verdict,
            String note,
            String evidence,
            String author)
            throws CaseException {
        return store.setVerdict(
                target,
                id,
                verdict,
                note,
                evidence,
                author,
                of(analysis, target, id).orElse(null));
    }

    /**
     * Records as {@link #record(CaseStore, CaseAnalysis, Target, String, Verdict, String, String, String)} does,
     * provided the verdict is still at {@code expectedVersion} (the one the editor saw); otherwise the store refuses
     * with a {@link app.corroborate.store.ConflictException} naming who changed it and what they set.
     */
    public VerdictRecord record(
            CaseStore store,
            CaseAnalysis analysis,
            Target target,
            String id,
            Verdict verdict,
            String note,
            String evidence,
            String author,
            long expectedVersion)
            throws CaseException {
        return store.setVerdict(
                target,
                id,
                verdict,
                note,
                evidence,
                author,
                of(analysis, target, id).orElse(null),
                expectedVersion);
    }

    private static Passage passage(CaseAnalysis analysis, int index, String role, Span span) {
        StoredSource stored = analysis.stored().get(index);
        SourceDocument doc = analysis.documents().get(index);
        String label = analysis.sources().get(index).label();
        if (span == null || span.isEmpty() || span.end() > doc.text().length()) {
            return new Passage(stored.id(), label, role, doc.sha256(), -1, -1, "", "", "");
        }
        TextQuoteSelector q = TextQuoteSelector.of(doc.text(), span.start(), span.end());
        return new Passage(
                stored.id(), label, role, doc.sha256(), span.start(), span.end(), q.exact(), q.prefix(), q.suffix());
    }
}
