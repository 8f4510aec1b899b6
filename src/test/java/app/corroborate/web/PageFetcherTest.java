package app.corroborate.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceFormat;
import app.corroborate.source.SourceImporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching pages from a server started by the test on the loopback interface (never the internet). */
class PageFetcherTest {

    private static final String PAGE = "<!doctype html><html><head><title>Dam opens gates</title></head><body>"
            + "<article><h1>Dam opens gates</h1><p>The dam opened its gates on Tuesday after heavy rain. About 1,200 "
            + "residents were evacuated, the governor said.</p></article></body></html>";

    private LocalSite site;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static PageFetcher fetcher(long maxBytes, Duration timeout) {
        return new PageFetcher(new PageFetcher.Limits(maxBytes, timeout, 3), Clock.systemUTC(), "test");
    }

    private static WebImporter importer() {
        return new WebImporter(fetcher(SourceImporter.MAX_BYTES, Duration.ofSeconds(10)), new SourceImporter());
    }

    private static WebException refused(PageFetcher f, String address) {
        return assertThrows(WebException.class, () -> f.fetch(address, () -> false));
    }

    @Test
    void aPageIsImportedAsAFileWithTheSameBytesWouldBeAndKeepsWhereItCameFrom() throws Exception {
        site.on("/story", x -> {
            requests.incrementAndGet();
            LocalSite.send(x, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        WebImporter.WebSource got = importer().fetch(site.url("/story"), () -> false);
        assertEquals(SourceFormat.HTML, got.document().format());
        assertTrue(got.document().text().contains("About 1,200 residents were evacuated"));
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), got.document().raw());
        assertEquals(site.url("/story"), got.provenance().address());
        assertEquals(site.url("/story"), got.provenance().finalAddress());
        assertFalse(got.provenance().redirected());
        assertEquals("127.0.0.1", got.document().metadata().outlet(), "a page naming no outlet gets its host");
        assertEquals(1, requests.get(), "one request: nothing but the page is loaded");
    }

    @Test
    void redirectsAreFollowedRelativeOrAbsoluteAndTheFinalAddressIsKept() throws Exception {
        site.page("/final", "text/html", PAGE)
                .redirect("/moved", 301, "/final")
                .redirect("/short", 302, site.url("/moved"));
        FetchedPage page = fetcher(1_000_000, Duration.ofSeconds(10)).fetch(site.url("/short"), () -> false);
        assertEquals(site.url("/short"), page.provenance().address());
        assertEquals(site.url("/final"), page.provenance().finalAddress());
        assertTrue(page.provenance().redirected());
    }

    @Test
    void aRedirectLoopAndARedirectToAnotherSchemeAreRefused() {
        site.redirect("/loop", 302, "/loop").redirect("/file", 302, "file:///etc/passwd");
        PageFetcher f = fetcher(1_000_000, Duration.ofSeconds(10));
        assertTrue(refused(f, site.url("/loop")).getMessage().contains("too many redirects"));
        assertTrue(refused(f, site.url("/file")).getMessage().contains("file: address"));
    }

    @Test
    void aMissingPageNamesTheStatus() {
        PageFetcher f = fetcher(1_000_000, Duration.ofSeconds(10));
        site.on("/gone", x -> LocalSite.send(x, 404, "text/html", "<p>nothing here</p>".getBytes()));
        assertEquals(
                "the server answered 404 (Not Found)",
                refused(f, site.url("/gone")).getMessage());
    }

    @Test
    void anImageIsNotAPage() {
        site.on("/photo", x -> LocalSite.send(x, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        WebException e = refused(fetcher(1_000_000, Duration.ofSeconds(10)), site.url("/photo"));
        assertEquals("the address gives an image (image/png), not a web page, text or PDF", e.getMessage());
    }

    @Test
    void binaryContentLabelledAsTextIsRefusedByTheImporter() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        site.on("/liar", x -> LocalSite.send(x, 200, "text/html", png));
        ImportException e = assertThrows(ImportException.class, () -> importer().fetch(site.url("/liar"), () -> false));
        assertTrue(e.getMessage().contains("not a text, HTML or PDF document"), e.getMessage());
    }

    @Test
    void aHugePageIsRefusedWhetherItDeclaresItsSizeOrNot() {
        byte[] big = "x".repeat(5_000).getBytes();
        site.on("/declared", x -> LocalSite.send(x, 200, "text/plain", big));
        site.on("/chunked", x -> {
            x.getResponseHeaders().add("Content-Type", "text/plain");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(big);
                }
            } catch (IOException dropped) {
                // the fetcher hung up once it had enough
            }
        });
        PageFetcher f = fetcher(1_000, Duration.ofSeconds(10));
        assertTrue(refused(f, site.url("/declared")).getMessage().startsWith("the page is 5,000 bytes; the largest"));
        assertTrue(refused(f, site.url("/chunked")).getMessage().startsWith("the page is larger than the limit"));
    }

    @Test
    void aSlowServerTimesOutAndAWaitingFetchCanBeCancelled() {
        site.on("/slow", x -> {
            x.getResponseHeaders().add("Content-Type", "text/plain");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write("a few words ".getBytes());
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException dropped) {
                // the fetcher gave up
            }
        });
        long start = System.nanoTime();
        WebException slow = refused(fetcher(1_000_000, Duration.ofMillis(800)), site.url("/slow"));
        assertTrue(slow.getMessage().startsWith("the server did not answer in full within"), slow.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "gave up near the limit");

        AtomicBoolean cancel = new AtomicBoolean();
        new Thread(() -> {
                    sleep(300);
                    cancel.set(true);
                })
                .start();
        WebException cancelled = assertThrows(WebException.class, () -> fetcher(1_000_000, Duration.ofSeconds(20))
                .fetch(site.url("/slow"), cancel::get));
        assertEquals("cancelled", cancelled.getMessage());
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedBeforeAnyConnection() {
        PageFetcher f = fetcher(1_000, Duration.ofSeconds(1));
        assertTrue(refused(f, "ftp://example.org/story").getMessage().contains("only http and https"));
        assertTrue(refused(f, "file:///etc/passwd").getMessage().contains("only http and https"));
        assertEquals(
                "the server could not be reached (connection refused)",
                refused(f, "http://127.0.0.1:1/").getMessage());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
