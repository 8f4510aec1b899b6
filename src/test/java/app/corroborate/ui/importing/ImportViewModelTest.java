package app.corroborate.ui.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.CaseAnalyzer;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseStore;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.CaseFixtures;
import app.corroborate.ui.SameThreadRunner;
import app.corroborate.ui.session.CaseSession;
import app.corroborate.web.WebImporter;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding sources from the window: good files imported, a bad one refused with its reason, pasted text kept. */
class ImportViewModelTest {

    @TempDir
    Path dir;

    private static ImportViewModel model(CaseSession session) {
        return new ImportViewModel(session, new SourceImporter(), WebImporter.standard("test"), new SameThreadRunner());
    }

    @Test
    void aPageIsFetchedFromItsAddressAndAMissingOneIsRefusedWithItsReason() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = Files.readAllBytes(CaseFixtures.resource("/stories/court/a2-rewrite.html"));
        server.createContext("/story", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, page.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (CaseStore store = SqliteCaseStore.create(dir.resolve("web.corroborate"), "Web", "ed", Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            AtomicReference<ImportResult> result = new AtomicReference<>();
            model(session).importAddress(base + "/story", result::set);
            assertEquals(List.of(base + "/story"), result.get().added());
            assertEquals(base + "/story", store.sources().get(0).web().address());
            assertArrayEquals(page, store.raw(store.sources().get(0).id()), "the raw bytes are kept as for a file");

            model(session).importAddress(base + "/missing", result::set);
            assertEquals(
                    "the server answered 404 (Not Found)",
                    result.get().refused().get(0).reason());
            assertEquals(1, store.sources().size());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBadFileIsRefusedAndTheOthersOfTheSameDropAreImported() throws Exception {
        Path file = dir.resolve("new.corroborate");
        try (CaseStore store = SqliteCaseStore.create(file, "New", "ed", Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            Path png = dir.resolve("picture.txt");
            Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'});
            List<Path> drop = List.of(
                    CaseFixtures.resource("/stories/court/a0-wire.txt"),
                    png,
                    CaseFixtures.resource("/stories/court/a1-republished.txt"));
            AtomicReference<ImportResult> result = new AtomicReference<>();
            model(session).importFiles(drop, result::set);
            assertEquals(
                    List.of("a0-wire.txt", "a1-republished.txt"), result.get().added());
            assertEquals(1, result.get().refused().size());
            assertEquals("picture.txt", result.get().refused().get(0).file());
            assertTrue(!result.get().refused().get(0).reason().isBlank());
            assertEquals("2 sources added; 1 file refused", result.get().summary());
            assertEquals(2, store.sources().size());
            assertEquals(2, session.analysis().sources().size(), "the analysis follows the new sources");

            model(session)
                    .importText(
                            "The Daily Post",
                            "The court ruled on Tuesday that the law was void. Four justices dissented.",
                            result::set);
            assertEquals(List.of("The-Daily-Post.txt"), result.get().added());
            assertEquals(3, session.analysis().sources().size());
        }
    }
}
