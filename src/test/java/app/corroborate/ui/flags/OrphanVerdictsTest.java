package app.corroborate.ui.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.VerdictSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrphanVerdictsTest {

    private static final Instant AT = Instant.parse("2031-04-15T10:00:00Z");

    @Test
    void aSetVerdictOnAFlagTheAnalysisLacksIsListedWithWhatTheEditorSaw() {
        VerdictRecord decided = new VerdictRecord(Target.FLAG, "f-gone", Verdict.FALSE, "wrong toll", null, "ed", AT);
        VerdictRecord untouched = new VerdictRecord(Target.FLAG, "f-other", Verdict.UNREVIEWED, null, null, "ed", AT);
        VerdictRecord noted = new VerdictRecord(Target.CLAIM, "c-gone", Verdict.UNREVIEWED, "ask", null, "ed", AT);
        VerdictSnapshot saw = new VerdictSnapshot(
                Target.FLAG, "f-gone", "number", "high", "12 became 21", "12", List.of(), "test", AT);
        List<String> lines = OrphanVerdicts.lines(
                CaseAnalysis.empty(), List.of(decided, untouched, noted), Map.of("flag:f-gone", saw));
        assertEquals(
                List.of(
                        "false \u2014 number: 12 became 21  (note: wrong toll)",
                        "unreviewed \u2014 claim c-gone  (note: ask)"),
                lines);
    }
}
