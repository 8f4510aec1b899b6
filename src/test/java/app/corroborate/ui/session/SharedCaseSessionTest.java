package app.corroborate.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.CaseAnalyzer;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.open.CaseStores;
import app.corroborate.store.postgres.PostgresServer;
import app.corroborate.ui.CaseFixtures;
import app.corroborate.ui.SameThreadRunner;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two windows on one server case: each sees the other's verdicts in place, and a stale change is a conflict. */
class SharedCaseSessionTest {

    @RegisterExtension
    static final PostgresServer SERVER = new PostgresServer();

    @TempDir
    Path dir;

    private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aVerdictSetInOneWindowAppearsInTheOtherWithinASecond() throws Exception {
        CaseStores stores = SERVER.stores(Clock.systemUTC());
        CaseLocation.Server at = SERVER.location(PostgresServer.newCaseName("session"));
        stores.copy(new CaseLocation.File(CaseFixtures.court(dir)), at);
        CaseStore first = stores.open(at);
        CaseStore second = stores.open(at);
        CaseSession mara = new CaseSession(first, CaseAnalyzer.standard(), new SameThreadRunner(), "Mara");
        CaseSession joss = new CaseSession(second, CaseAnalyzer.standard(), new SameThreadRunner(), "Joss");
        try {
            mara.open();
            joss.open();
            Thread.sleep(300);
            String flag = mara.analysis().flags().get(0).id();
            assertTrue(joss.setVerdict(Target.FLAG, flag, Verdict.FALSE));
            waitFor(() -> mara.verdicts().containsKey(CaseSession.key(Target.FLAG, flag)));
            assertEquals(Verdict.FALSE, mara.state(Target.FLAG, flag).verdict(), "seen within a second");

            assertTrue(joss.setVerdict(Target.FLAG, flag, Verdict.VERIFIED), "Joss's view was his own latest");
            waitFor(() -> mara.state(Target.FLAG, flag).verdict() == Verdict.VERIFIED);
            assertEquals(Verdict.VERIFIED, mara.state(Target.FLAG, flag).verdict(), "updated in place");
            assertTrue(mara.setVerdict(Target.FLAG, flag, Verdict.DISPUTED), "Mara's view is current: no conflict");
        } finally {
            mara.close();
            joss.close();
        }
    }

    @Test
    void aChangeAgainstWhatAnotherWindowJustSetIsRefusedWithTheirsShown() throws Exception {
        CaseStores stores = SERVER.stores(Clock.systemUTC());
        CaseLocation.Server at = SERVER.location(PostgresServer.newCaseName("conflict"));
        stores.copy(new CaseLocation.File(CaseFixtures.court(dir)), at);
        CaseStore mine = stores.open(at);
        CaseSession mara = new CaseSession(mine, CaseAnalyzer.standard(), new NotYetUpdated(), "Mara");
        try (CaseStore other = stores.open(at)) {
            mara.open();
            String flag = mara.analysis().flags().get(0).id();
            other.setVerdict(Target.FLAG, flag, Verdict.VERIFIED, "police confirmed", null, "Joss", null, 0);
            assertFalse(mara.setVerdict(Target.FLAG, flag, Verdict.FALSE), "made against no verdict: refused");
            assertTrue(
                    mara.messageProperty().get().contains("Joss"),
                    mara.messageProperty().get());
            assertTrue(
                    mara.messageProperty().get().contains("police confirmed"),
                    mara.messageProperty().get());
            assertEquals(Verdict.VERIFIED, mara.state(Target.FLAG, flag).verdict(), "theirs is shown");
            Conflict c = mara.conflictProperty().get();
            assertEquals("Joss set verified (note: police confirmed); you set false", c.describe());
            assertTrue(mara.useMine(), "choosing mine replaces theirs");
            assertEquals(null, mara.conflictProperty().get());
            assertEquals(
                    Verdict.FALSE,
                    other.verdict(Target.FLAG, flag).orElseThrow().verdict());

            other.setVerdict(
                    Target.FLAG,
                    flag,
                    Verdict.DISPUTED,
                    null,
                    null,
                    "Joss",
                    null,
                    other.verdict(Target.FLAG, flag).orElseThrow().version());
            assertFalse(mara.setVerdict(Target.FLAG, flag, Verdict.UNVERIFIABLE));
            mara.keepTheirs();
            assertEquals(null, mara.conflictProperty().get());
            assertEquals(Verdict.DISPUTED, mara.state(Target.FLAG, flag).verdict(), "theirs kept");
            assertEquals(
                    Verdict.DISPUTED,
                    other.verdict(Target.FLAG, flag).orElseThrow().verdict());

            String source = mine.sources().get(1).id();
            var a = mara.annotate(
                            source,
                            new app.corroborate.text.Span(0, 12),
                            "check",
                            Verdict.DISPUTED,
                            java.util.List.of())
                    .orElseThrow();
            other.updateAnnotation(a.id(), "asked the clerk", Verdict.VERIFIED, null, "Joss", a.version());
            assertFalse(mara.updateAnnotation(a.id(), null, Verdict.FALSE, null), "made against an older version");
            Conflict onNote = mara.conflictProperty().get();
            assertEquals("annotation", onNote.what());
            assertEquals("Joss set verified (note: asked the clerk); you set false (note: check)", onNote.describe());
            assertTrue(mara.useMine());
            assertEquals(Verdict.FALSE, other.annotations().get(0).verdict(), "mine put back over theirs");
            assertFalse(other.audit(Target.FLAG, flag).isEmpty());
        } finally {
            mara.close();
        }
    }

    /** A window that has not yet handled the notice of the other window's change (its events are still queued). */
    private static final class NotYetUpdated implements app.corroborate.ui.common.TaskRunner {
        private final SameThreadRunner runner = new SameThreadRunner();

        @Override
        public <T> Running run(
                java.util.concurrent.Callable<T> work,
                java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Exception> onFailure) {
            return runner.run(work, onSuccess, onFailure);
        }

        @Override
        public void post(Runnable action) {}

        @Override
        public void shutdown() {}
    }
}
