package app.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CorroborateCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void extractJsonFollowsTheContract() throws Exception {
        Path f = write(
                "page.txt",
                "Source The Post\n<p>The gates opened on Tuesday.</p><p>Water rose.</p>"
                        + "<nav><a href=/>Home</a></nav>");
        Run r = run("extract", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(1, j.get("schema").asInt());
        assertEquals(f.toString(), j.get("path").asText());
        assertEquals("html", j.get("format").asText());
        assertEquals("UTF-8", j.get("encoding").asText());
        assertEquals(64, j.get("sha256").asText().length());
        for (String field : List.of("title", "outlet", "published", "text", "excluded", "sentences")) {
            assertTrue(j.has(field), field);
        }
        String text = j.get("text").asText();
        for (JsonNode s : j.get("sentences")) {
            assertFalse(
                    text.substring(s.get("start").asInt(), s.get("end").asInt()).isBlank());
        }
        JsonNode nav = j.get("excluded").get(j.get("excluded").size() - 1);
        assertEquals(
                "Home", text.substring(nav.get("start").asInt(), nav.get("end").asInt()));
        assertEquals("navigation", nav.get("reason").asText());
    }

    @Test
    void compareJsonFollowsTheContract() throws Exception {
        Path a = write("a.txt", "The dam opened on Tuesday. About 1,200 people left. The mayor spoke.");
        Path b = write("b.txt", "The dam opened on Tuesday. About 2,100 people left. A new claim appears here.");
        Run r = run("compare", a.toString(), b.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(1, j.get("schema").asInt());
        assertEquals(a.toString(), j.get("base").asText());
        assertEquals(b.toString(), j.get("other").asText());
        List<String> relations = j.get("pairs").findValuesAsText("relation");
        assertEquals(List.of("same", "changed", "dropped", "added"), relations);
        JsonNode changed = j.get("pairs").get(1);
        JsonNode edit = changed.get("edits").get(0);
        assertEquals("replace", edit.get("op").asText());
        assertEquals(33, edit.get("base").get("start").asInt());
        assertTrue(j.get("pairs").get(2).get("other").isNull());
        assertTrue(j.get("pairs").get(3).get("base").isNull());
        assertTrue(changed.get("similarity").asDouble() > 0.3);
    }

    @Test
    void readableReportsForPeople() throws Exception {
        Path a = write("a.txt", "The dam opened on Tuesday. About 1,200 people left.");
        Path b = write("b.txt", "The dam opened on Tuesday. About 2,100 people left.");
        Run r = run("compare", a.toString(), b.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("1 same, 1 changed"), r.out());
        assertTrue(r.out().contains("[1,200] -> [2,100]"), r.out());
        Run e = run("extract", a.toString());
        assertTrue(e.out().contains("Story sentences (2)"), e.out());
    }

    @Test
    void badInputIsOneLineOnStderrWithExitCode2() throws Exception {
        Path png = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Path empty = write("empty.txt", "");
        Path ok = write("ok.txt", "Fine text.");
        for (String[] args : List.of(
                new String[] {"extract", png.toString()},
                new String[] {"extract", empty.toString(), "--json"},
                new String[] {
                    "compare", ok.toString(), dir.resolve("missing.txt").toString()
                })) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("corroborate: " + dir), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void flagsJsonFollowsTheContract() throws Exception {
        String base = "Police said 41 people were arrested after the march on Saturday. The crowd left the square "
                + "within two hours, officials said.";
        Path a = write("a.txt", base);
        Path b = write("b.txt", base.replace("41 people", "at least 41 people"));
        Run r = run("flags", a.toString(), b.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(1, j.get("schema").asInt());
        assertEquals(a.toString(), j.get("base").asText());
        assertEquals(
                List.of(a.toString(), b.toString()),
                j.get("sources").findValuesAsText("sources").isEmpty()
                        ? List.of(
                                j.get("sources").get(0).asText(),
                                j.get("sources").get(1).asText())
                        : List.of());
        JsonNode flag = j.get("flags").get(0);
        for (String field : List.of("id", "kind", "severity", "source", "base_span", "variant_span", "explanation")) {
            assertTrue(flag.has(field), field);
        }
        assertEquals("number", flag.get("kind").asText());
        assertEquals("high", flag.get("severity").asText());
        assertEquals(b.toString(), flag.get("source").asText());
        assertEquals("at least 41 people", flag.get("variant_span").get("text").asText());
        assertEquals("41 people", flag.get("base_span").get("text").asText());
    }

    @Test
    void claimsJsonFollowsTheContract() throws Exception {
        Path a = write("a.txt", "Police said 41 people were arrested after the march on Saturday.");
        Path b = write("b.txt", "Officers detained 14 people after the march on Saturday, police said.");
        Run r = run("claims", a.toString(), b.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(1, j.get("schema").asInt());
        assertEquals(2, j.get("sources").size());
        assertEquals(2, j.get("groups").size());
        JsonNode claim = j.get("claims").get(0);
        for (String field : List.of("id", "text", "kind", "support")) {
            assertTrue(claim.has(field), field);
        }
        JsonNode support = claim.get("support").get(b.toString());
        assertTrue(List.of("agrees", "differs", "absent")
                .contains(support.get("status").asText()));
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("extract", "compare", "flags", "claims", "evaluate", "bench")) {
            Run r = run(command, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: corroborate " + command), r.out());
        }
    }
}
