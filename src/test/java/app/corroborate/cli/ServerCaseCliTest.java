package app.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.postgres.PostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a case on a server: the same commands, a postgresql:// address in place of the file. */
class ServerCaseCliTest {

    @RegisterExtension
    static final PostgresServer SERVER = new PostgresServer();

    @TempDir
    Path dir;

    private String url(String name) {
        return "postgresql://postgres:not-printed@localhost:" + SERVER.port() + "/postgres?case=" + name;
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(0, r.code(), r.err());
        assertFalse(
                r.out().contains("not-printed") || r.err().contains("not-printed"), "the password is never printed");
        return r;
    }

    @Test
    void aCaseFilePublishedToTheServerIsWorkedOnThereAndTakenOfflineAgainUnchanged() throws Exception {
        Path a = Files.writeString(dir.resolve("wire.txt"), "About 1,200 residents were evacuated on Tuesday.");
        Path b = Files.writeString(dir.resolve("rewrite.txt"), "About 2,100 residents were evacuated on Tuesday.");
        Path file = dir.resolve("flood.corroborate");
        ok("case", "init", file.toString(), a.toString(), b.toString(), "--editor", "Mara");
        String server = url(PostgresServer.newCaseName("cli"));

        CliRun copied = ok("case", "copy", file.toString(), server);
        assertTrue(copied.out().contains("both compared equal"), copied.out());
        JsonNode onFile = new ObjectMapper()
                .readTree(ok("case", "list", file.toString(), "--json").out());
        JsonNode onServer =
                new ObjectMapper().readTree(ok("case", "list", server, "--json").out());
        assertEquals(onFile, onServer);

        String flag = onServer.get("flags").get(0).get("id").asText();
        ok("verdict", server, "--flag", flag, "--set", "false", "--note", "police say 1,200", "--author", "Joss");
        ok(
                "annotate",
                server,
                "--source",
                onServer.get("sources").get(1).get("id").asText(),
                "--quote",
                "2,100",
                "--note",
                "check",
                "--author",
                "Joss");
        Path offline = dir.resolve("offline.corroborate");
        ok("case", "copy", server, offline.toString());
        JsonNode back = new ObjectMapper()
                .readTree(ok("case", "list", offline.toString(), "--json").out());
        assertEquals(
                new ObjectMapper().readTree(ok("case", "list", server, "--json").out()), back);
        assertEquals("false", back.get("flags").get(0).get("verdict").asText());

        CliRun again = CliRun.run("case", "copy", file.toString(), server);
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
        CliRun missing = CliRun.run("case", "list", url("no-such-case"));
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such case on the server"), missing.err());
        assertFalse(missing.err().contains("not-printed"));
    }
}
