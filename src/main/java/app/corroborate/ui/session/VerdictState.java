package app.corroborate.ui.session;

import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;

/** A flag's or claim's verdict, note and evidence at one moment: what an undo puts back. */
public record VerdictState(Verdict verdict, String note, String evidence) {

    public static final VerdictState NONE = new VerdictState(Verdict.UNREVIEWED, null, null);

    public static VerdictState of(VerdictRecord r) {
        return r == null ? NONE : new VerdictState(r.verdict(), r.note(), r.evidence());
    }
}
