package app.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code case add CASE URL} against a server started by the test, and {@code case remove}/{@code restore}. */
class WebCaseCliTest {

    private static final String STORY = "Police said 41 people were arrested after the march on Saturday. The "
            + "crowd left the square within two hours.";

    @TempDir
    Path dir;

    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", x -> {
            byte[] body = ("<html><head><title>March</title><meta property=\"og:site_name\" content=\"City Post\">"
                            + "</head><body><article><p>" + STORY.replace("41 people", "at least 41 people")
                            + "</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/old", x -> {
            x.getResponseHeaders().add("Location", "/story");
            x.sendResponseHeaders(301, -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aPageIsAddedByItsAddressWithItsProvenanceAndASourceIsRemovedAndRestored() throws Exception {
        Path wire = Files.writeString(dir.resolve("wire.txt"), STORY);
        Path kase = dir.resolve("march.corroborate");
        assertEquals(
                0, CliRun.run("case", "init", kase.toString(), wire.toString()).code());

        CliRun add = CliRun.run("case", "add", kase.toString(), url("/old"));
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("(from " + url("/story") + ")"), add.out());

        JsonNode list = new ObjectMapper()
                .readTree(CliRun.run("case", "list", kase.toString(), "--json").out());
        JsonNode page = list.get("sources").get(1);
        assertEquals(url("/old"), page.get("address").asText());
        assertEquals(url("/story"), page.get("final_address").asText());
        assertEquals("City Post", page.get("outlet").asText());
        assertTrue(list.get("sources").get(0).get("address").isNull());
        assertTrue(list.get("flags").size() > 0, "the fetched page is compared like any source");

        CliRun md = CliRun.run("export", kase.toString(), "--format", "md");
        assertTrue(
                md.out().contains("fetched from " + url("/old") + " (redirected to " + url("/story") + ") on "),
                "the summary's provenance says where the page came from");

        String id = page.get("id").asText();
        CliRun remove = CliRun.run("case", "remove", kase.toString(), id);
        assertEquals(0, remove.code(), remove.err());
        JsonNode after = new ObjectMapper()
                .readTree(CliRun.run("case", "list", kase.toString(), "--json").out());
        assertEquals(1, after.get("sources").size());
        assertEquals(id, after.get("removed_sources").get(0).get("id").asText());
        assertEquals(0, after.get("flags").size());

        assertEquals(0, CliRun.run("case", "restore", kase.toString(), id).code());
        JsonNode back = new ObjectMapper()
                .readTree(CliRun.run("case", "list", kase.toString(), "--json").out());
        assertEquals(2, back.get("sources").size());
    }

    @Test
    void aMissingPageChangesNothingAndSaysWhy() throws Exception {
        Path wire = Files.writeString(dir.resolve("wire.txt"), STORY);
        Path kase = dir.resolve("march.corroborate");
        assertEquals(
                0, CliRun.run("case", "init", kase.toString(), wire.toString()).code());
        CliRun add = CliRun.run("case", "add", kase.toString(), url("/nothing"));
        assertTrue(add.code() != 0, "a refused fetch fails the command");
        assertTrue(add.err().contains("the server answered 404 (Not Found)"), add.err());
        assertTrue(add.err().lines().count() <= 2, add.err());
        JsonNode list = new ObjectMapper()
                .readTree(CliRun.run("case", "list", kase.toString(), "--json").out());
        assertEquals(1, list.get("sources").size());
    }
}
