package app.corroborate.store.sqlite;

import static app.corroborate.store.sqlite.StoreFixtures.CLOCK;
import static app.corroborate.store.sqlite.StoreFixtures.WIRE;
import static app.corroborate.store.sqlite.StoreFixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.WebProvenance;
import app.corroborate.store.CaseException;
import app.corroborate.store.StoredSource;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing and restoring sources, web provenance, withdrawn annotations and cleared furniture decisions. */
class SourceRemovalTest {

    @TempDir
    Path dir;

    private static final String REWRITE = WIRE.replace("1,200", "2,100");

    private SqliteCaseStore newCase() throws CaseException {
        SqliteCaseStore store = SqliteCaseStore.create(dir.resolve("flood.corroborate"), "Flood", "Mara", CLOCK);
        store.addSource(doc("wire.txt", WIRE), "wire.txt");
        store.addSource(doc("rewrite.txt", REWRITE), "rewrite.txt");
        return store;
    }

    @Test
    void aFetchedSourceKeepsWhereItCameFrom() throws Exception {
        WebProvenance web = new WebProvenance(
                "http://example.test/a", "https://example.test/story", Instant.parse("2031-04-15T09:59:00Z"));
        try (SqliteCaseStore store = newCase()) {
            store.addSource(doc("page", WIRE + " Added."), "https://example.test/story", web);
        }
        try (SqliteCaseStore store = SqliteCaseStore.open(dir.resolve("flood.corroborate"), CLOCK)) {
            StoredSource fetched = store.sources().get(2);
            assertEquals(web, fetched.web());
            assertTrue(fetched.web().redirected());
            assertNull(store.sources().get(0).web());
        }
    }

    @Test
    void aSchemaTwoCaseOpenedReadOnlyListsItsSourcesWithoutRemovalsOrAddresses() throws Exception {
        Path file = dir.resolve("flood.corroborate");
        newCase().close();
        StoreFixtures.downgrade(file, 2);
        assertTrue(file.toFile().setReadOnly());
        try (SqliteCaseStore store = SqliteCaseStore.openReadOnly(file, CLOCK)) {
            assertEquals(2, store.sources().size());
            assertTrue(store.removedSources().isEmpty());
            assertTrue(store.annotations().isEmpty());
            assertNotNull(store.sources().get(0).imported());
        } finally {
            file.toFile().setWritable(true);
        }
    }
}
