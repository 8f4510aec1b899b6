package app.corroborate.ui.flags;

import app.corroborate.claim.Claim;
import app.corroborate.flag.Flag;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.VerdictSnapshot;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editor's verdicts on flags and claims the current analysis no longer finds (their source was removed or
 * re-imported, or the text changed): kept in the case, listed, never dropped.
 *
 * <p>Guarantees: a verdict is listed when it was set (not unreviewed, or with a note) and no flag or claim of
 * the analysis has its id; each line says what the editor saw when deciding (from the verdict's snapshot) or,
 * for a verdict set before snapshots were kept, its id.
 */
public final class OrphanVerdicts {

    private OrphanVerdicts() {}

    /** One line per orphaned verdict, in the order of the case's verdicts. */
    public static List<String> lines(
            CaseAnalysis analysis, Collection<VerdictRecord> verdicts, Map<String, VerdictSnapshot> snapshots) {
        Set<String> found = new HashSet<>();
        analysis.flags().stream().map(Flag::id).forEach(id -> found.add(key(Target.FLAG, id)));
        if (analysis.claims() != null) {
            analysis.claims().claims().stream().map(Claim::id).forEach(id -> found.add(key(Target.CLAIM, id)));
        }
        return verdicts.stream()
                .filter(v -> v.target() == Target.FLAG || v.target() == Target.CLAIM)
                .filter(v -> v.verdict() != Verdict.UNREVIEWED
                        || v.note() != null && !v.note().isBlank())
                .filter(v -> !found.contains(key(v.target(), v.targetId())))
                .map(v -> line(v, snapshots.get(key(v.target(), v.targetId()))))
                .toList();
    }

    private static String line(VerdictRecord v, VerdictSnapshot s) {
        String what = s == null
                ? v.target().id() + " " + v.targetId()
                : s.kind() + ": " + (s.explanation() != null ? s.explanation() : s.text());
        return v.verdict().id() + " \u2014 " + what
                + (v.note() == null || v.note().isBlank()
                        ? ""
                        : "  (note: " + v.note().strip() + ")");
    }

    public static String key(Target target, String id) {
        return target.id() + ":" + id;
    }
}
