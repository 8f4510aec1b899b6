package app.corroborate.store.sqlite;

import static app.corroborate.store.sqlite.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.CaseException;
import app.corroborate.store.ReadOnlyCaseException;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case on read-only media, a read-only case file, and a case another window or command has: reading and
 * backing up work without writing anything beside the case; a change is refused with the true reason, after
 * waiting a little only when another writer has the case; the window is never kept waiting.
 */
class ReadOnlyMediaTest {

    @TempDir
    Path dir;

    private Path newCase() throws Exception {
        Path file = dir.resolve("media").resolve("case.corroborate");
        Files.createDirectories(file.getParent());
        try (SqliteCaseStore store = SqliteCaseStore.create(file, "t", "e", CLOCK)) {
            store.addSource(StoreFixtures.doc("w", StoreFixtures.WIRE), "w.txt");
            store.setVerdict(Target.FLAG, "f1", Verdict.FALSE, "n", null, "e");
        }
        return file;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCaseInAFolderThatCannotBeWrittenIsReadAndBackedUpAsItIs() throws Exception {
        Path file = newCase();
        Path folder = file.getParent();
        Predicate<Path> readOnlyMedia = p -> !p.startsWith(folder);
        List<String> before = names(folder);
        byte[] bytes = Files.readAllBytes(file);
        Path copy = dir.resolve("copy.corroborate");
        try (SqliteCaseStore store = SqliteCaseStore.open(file, CLOCK, readOnlyMedia)) {
            assertTrue(store.readOnly());
            assertEquals(1, store.sources().size());
            assertEquals(Verdict.FALSE, store.verdicts().get(0).verdict());
            store.backup(copy);
            ReadOnlyCaseException e = assertThrows(
                    ReadOnlyCaseException.class,
                    () -> store.setVerdict(Target.FLAG, "f1", Verdict.VERIFIED, null, null, "e"));
            assertTrue(e.getMessage().contains("read-only folder"), e.getMessage());
        }
        assertEquals(before, names(folder), "no journal, shared-memory or lock file made beside the case");
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)));
        try (SqliteCaseStore store = SqliteCaseStore.open(copy, CLOCK)) {
            assertEquals(1, store.sources().size());
        }
        CaseException e = assertThrows(
                CaseException.class,
                () -> SqliteCaseStore.openForWriting(file, CLOCK, Duration.ofSeconds(5), readOnlyMedia));
        assertTrue(e.getMessage().contains("read-only folder; it cannot be changed"), e.getMessage());
        assertEquals(before, names(folder));
    }

    @Test
    void aReadOnlyCaseFileIsNotSaidToBeOpenElsewhere() throws Exception {
        Path file = newCase();
        CaseException e = assertThrows(
                CaseException.class,
                () -> SqliteCaseStore.openForWriting(file, CLOCK, Duration.ofSeconds(5), p -> !p.equals(file)));
        assertTrue(e.getMessage().contains("the case file is read-only"), e.getMessage());
        assertTrue(!e.getMessage().contains("another window"), e.getMessage());
    }

    @Test
    void aWriterWaitsForTheCaseButTheWindowDoesNot() throws Exception {
        Path file = newCase();
        SqliteCaseStore window = SqliteCaseStore.open(file, CLOCK);
        assertTrue(!window.readOnly());
        try (SqliteCaseStore second =
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SqliteCaseStore.open(file, CLOCK))) {
            assertTrue(second.readOnly(), "a second window opens read-only at once");
        }
        ReadOnlyCaseException busy = assertThrows(
                ReadOnlyCaseException.class, () -> SqliteCaseStore.openForWriting(file, CLOCK, Duration.ofMillis(300)));
        assertTrue(busy.getMessage().contains("in use by another window or command"), busy.getMessage());
        CompletableFuture.runAsync(() -> {
            sleep(400);
            window.close();
        });
        try (SqliteCaseStore writer = SqliteCaseStore.openForWriting(file, CLOCK, Duration.ofSeconds(10))) {
            writer.setVerdict(Target.FLAG, "f1", Verdict.VERIFIED, null, null, "e");
        }
    }

    @Test
    void aReaderBringsAnOlderCaseUpToDateWhereItCanBeWritten() throws Exception {
        Path file = newCase();
        StoreFixtures.downgrade(file, 1);
        try (SqliteCaseStore store = SqliteCaseStore.openReadOnly(file, CLOCK)) {
            assertTrue(store.readOnly());
            assertEquals(1, store.sources().size());
            assertEquals(Migrations.CURRENT, Migrations.version(store.connection()));
        }
        assertEquals(List.of("case.corroborate"), names(file.getParent()));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
