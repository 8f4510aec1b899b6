package app.corroborate.store.postgres;

import static app.corroborate.store.StoreFixtures.CLOCK;
import static app.corroborate.store.StoreFixtures.WIRE;
import static app.corroborate.store.StoreFixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.CaseChange;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseListener;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.ConflictException;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several editors on one server case: many writers, versions that never lose a change, live updates. */
class SharedCaseTest {

    @RegisterExtension
    static final PostgresServer SERVER = new PostgresServer();

    private CaseLocation.Server newCase() throws CaseException {
        CaseLocation.Server at = SERVER.location(PostgresServer.newCaseName("shared"));
        try (CaseStore store = PostgresCaseStore.create(at, SERVER.address(at), "Flood", "Mara", CLOCK)) {
            store.addSource(doc("wire.txt", WIRE), "wire.txt");
        }
        return at;
    }

    private static CaseStore open(CaseLocation.Server at) throws CaseException {
        return PostgresCaseStore.open(at, SERVER.address(at), CLOCK);
    }

    /** One writer's run: each change made against the version it last read; returns the acknowledged ones. */
    private static List<String> write(CaseStore store, String author, int flags, int rounds, int[] conflicts)
            throws CaseException {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String flag = "f" + (i % flags);
            long seen =
                    store.verdict(Target.FLAG, flag).map(VerdictRecord::version).orElse(0L);
            try {
                VerdictRecord r = store.setVerdict(
                        Target.FLAG, flag, Verdict.values()[i % 5], author + " " + i, null, author, null, seen);
                acknowledged.add(flag + "@" + r.version() + "=" + r.note());
            } catch (ConflictException e) {
                conflicts[0]++;
            }
        }
        return acknowledged;
    }

    @Test
    void twoWritersOnTheSameFlagsLoseNothing() throws Exception {
        CaseLocation.Server at = newCase();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int[] conflictsA = new int[1];
        int[] conflictsB = new int[1];
        try (CaseStore a = open(at);
                CaseStore b = open(at)) {
            Future<List<String>> fa = pool.submit(() -> write(a, "Mara", 3, 60, conflictsA));
            Future<List<String>> fb = pool.submit(() -> write(b, "Joss", 3, 60, conflictsB));
            List<String> acknowledged = new ArrayList<>(fa.get(60, TimeUnit.SECONDS));
            acknowledged.addAll(fb.get(60, TimeUnit.SECONDS));
            assertEquals(
                    120, acknowledged.size() + conflictsA[0] + conflictsB[0], "each change acknowledged or refused");
            for (int f = 0; f < 3; f++) {
                String flag = "f" + f;
                List<String> ofFlag = acknowledged.stream()
                        .filter(s -> s.startsWith(flag + "@"))
                        .toList();
                VerdictRecord last = a.verdict(Target.FLAG, flag).orElseThrow();
                assertEquals(ofFlag.size(), last.version(), "every acknowledged change is one version: none lost");
                assertEquals(
                        ofFlag.size(),
                        a.audit(Target.FLAG, flag).stream()
                                .filter(e -> e.field().equals("note"))
                                .count(),
                        "each acknowledged change is in the log");
                assertTrue(ofFlag.contains(flag + "@" + last.version() + "=" + last.note()));
            }
            long refused =
                    a.audit().stream().filter(e -> e.field().equals("conflict")).count();
            assertEquals(conflictsA[0] + conflictsB[0], refused, "each conflict is in the log");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondStoreHearsAChangeWithinASecond() throws Exception {
        CaseLocation.Server at = newCase();
        BlockingQueue<CaseChange> heard = new LinkedBlockingQueue<>();
        try (CaseStore watcher = open(at);
                CaseStore editor = open(at);
                CaseListener.Subscription s = watcher.listen(heard::add)) {
            Thread.sleep(300);
            long start = System.nanoTime();
            editor.setVerdict(Target.FLAG, "f1", Verdict.FALSE, "wrong", null, "Joss");
            CaseChange change = heard.poll(1, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(new CaseChange(Target.FLAG, "f1", 1, "Joss", false), change, "heard in " + ms + " ms");
            editor.annotate(editor.sources().get(0).id(), new Span(4, 7), "dam", Verdict.FALSE, List.of(), "Joss");
            CaseChange annotated = heard.poll(1, TimeUnit.SECONDS);
            assertEquals(Target.ANNOTATION, annotated.target());
            watcher.setVerdict(Target.FLAG, "f1", Verdict.VERIFIED, null, null, "Mara");
            assertTrue(heard.poll(1, TimeUnit.SECONDS).mine(), "a store hears its own changes as its own");
        }
    }

    @Test
    void aServerKilledAndRestartedRefusesChangesMeanwhileAndTheStoreReconnects() throws Exception {
        try (RestartableServer server = RestartableServer.start()) {
            CaseLocation.Server at = server.location(PostgresServer.newCaseName("restart"));
            BlockingQueue<String> connection = new LinkedBlockingQueue<>();
            try (CaseStore store = PostgresCaseStore.create(at, server.address(at), "Flood", "Mara", CLOCK);
                    CaseListener.Subscription s = store.listen(new CaseListener() {
                        @Override
                        public void changed(CaseChange change) {}

                        @Override
                        public void connection(boolean up, String message) {
                            connection.add(up + " " + message);
                        }
                    })) {
                store.setVerdict(Target.FLAG, "f1", Verdict.VERIFIED, "before", null, "Mara");
                server.kill();
                CaseException down = org.junit.jupiter.api.Assertions.assertThrows(
                        CaseException.class,
                        () -> store.setVerdict(Target.FLAG, "f1", Verdict.FALSE, "while down", null, "Mara"));
                assertTrue(
                        down.getMessage().contains("cannot be reached")
                                && down.getMessage().contains("not saved"),
                        down.getMessage());
                assertTrue(connection.poll(5, TimeUnit.SECONDS).startsWith("false"), "the listener heard the loss");
                server.restart();
                assertTrue(connection.poll(10, TimeUnit.SECONDS).startsWith("true"), "and that it is back");
                VerdictRecord after = store.verdict(Target.FLAG, "f1").orElseThrow();
                assertEquals("before", after.note(), "the refused change was not queued and sent later");
                assertEquals(
                        2,
                        store.setVerdict(Target.FLAG, "f1", Verdict.FALSE, "after", null, "Mara")
                                .version());
                assertFalse(store.audit().stream().anyMatch(e -> "while down".equals(e.newValue())));
            }
        }
    }
}
