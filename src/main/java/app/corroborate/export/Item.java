package app.corroborate.export;

import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictSnapshot.Passage;
import java.time.Instant;
import java.util.List;

/**
 * A flag or a claim in the summary, as the editor saw it when judging it (its snapshot) or, without a verdict
 * or a snapshot, as the current analysis has it.
 *
 * @param text          the claim, or the base's text of a flag (may be empty)
 * @param passages      what each source says: a flag's base and variant, a claim's stand in each source
 * @param supporters    for a claim: the independent sources stating it as its origin does, one entry per copy
 *                      group ("Wire (with Daily)"); empty for a flag
 * @param author        who set the verdict, null when unreviewed
 * @param updated       when the verdict was set, null when unreviewed
 * @param current       false when the current engine no longer raises this flag or claim
 * @param snapshot      true when the item comes from the snapshot kept with its verdict
 * @param sourceChanged true when a source it quotes was re-imported after the snapshot was taken
 */
public record Item(
        Target target,
        String id,
        String kind,
        String severity,
        String text,
        String explanation,
        Verdict verdict,
        String note,
        String evidence,
        String author,
        Instant updated,
        List<Passage> passages,
        List<String> supporters,
        boolean current,
        boolean snapshot,
        boolean sourceChanged) {

    public Item {
        passages = List.copyOf(passages);
        supporters = List.copyOf(supporters);
    }

    /** The evidence, one line an entry, blank lines dropped. */
    public List<String> evidenceLines() {
        return evidence == null
                ? List.of()
                : evidence.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public boolean isFlag() {
        return target == Target.FLAG;
    }
}
