package app.corroborate.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.claim.Claim;
import app.corroborate.flag.Flag;
import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.store.VerdictSnapshot.Passage;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictSnapshotsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-04-16T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aSnapshotHoldsEveryPassageExactlyAsTheSourceTextHasItWithItsHash() throws Exception {
        Path file = new SampleCaseFile(new SampleCase(new SourceImporter()), CLOCK).ensure(dir, "Mara");
        try (CaseStore store = SqliteCaseStore.open(file, CLOCK)) {
            CaseAnalysis a = CaseAnalyzer.standard().analyze(store);
            VerdictSnapshots snapshots = new VerdictSnapshots(CLOCK, "9.9");
            for (Flag f : a.flags()) {
                VerdictSnapshot s = snapshots.of(a, Target.FLAG, f.id()).orElseThrow();
                assertEquals(f.kind().id(), s.kind());
                assertEquals(f.explanation(), s.explanation());
                assertEquals("9.9", s.appVersion());
                assertEquals(2, s.passages().size());
                s.passages().forEach(p -> resolves(a, p));
            }
            for (Claim c : a.claims().claims()) {
                VerdictSnapshot s = snapshots.of(a, Target.CLAIM, c.id()).orElseThrow();
                assertEquals(c.text(), s.text());
                assertEquals(c.support().size(), s.passages().size());
                s.passages().forEach(p -> resolves(a, p));
            }
            assertTrue(snapshots.of(a, Target.FLAG, "no-such-flag").isEmpty());

            Flag first = a.flags().get(0);
            snapshots.record(store, a, Target.FLAG, first.id(), Verdict.FALSE, "n", null, "Mara");
            assertEquals(
                    snapshots.of(a, first),
                    store.snapshot(Target.FLAG, first.id()).orElseThrow());
        }
    }

    private static void resolves(CaseAnalysis a, Passage p) {
        int i = a.stored().stream().map(s -> s.id()).toList().indexOf(p.sourceId());
        String text = a.documents().get(i).text();
        assertEquals(a.documents().get(i).sha256(), p.sha256());
        assertEquals(a.stored().get(i).text(), text, "the text extract prints");
        if (p.present()) {
            assertEquals(p.exact(), text.substring(p.start(), p.end()));
            assertTrue(text.substring(0, p.start()).endsWith(p.prefix()));
            assertTrue(text.substring(p.end()).startsWith(p.suffix()));
        } else {
            assertEquals("", p.exact());
        }
    }
}
