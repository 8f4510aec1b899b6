package app.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCliTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aFlagAlreadyReviewedTakesANewVerdictWithoutTheAnalysis() throws Exception {
        String base = "Police said 41 people were arrested after the march on Saturday. The crowd left the square "
                + "within two hours.";
        Path a = write("a.txt", base);
        Path b = write("b.txt", base.replace("41 people", "at least 41 people"));
        Path kase = dir.resolve("march.corroborate");
        assertEquals(
                0,
                CliRun.run("case", "init", kase.toString(), a.toString(), b.toString())
                        .code());
        JsonNode list = new ObjectMapper()
                .readTree(CliRun.run("case", "list", kase.toString(), "--json").out());
        String flag = list.get("flags").get(0).get("id").asText();
        try (app.corroborate.store.CaseStore store = new CaseFiles(app.corroborate.store.open.CaseStores.standard())
                .openReadOnly(new app.corroborate.store.CaseLocation.File(kase))) {
            assertFalse(VerdictCommand.stillSeen(store, app.corroborate.store.Target.FLAG, flag));
        }
        assertEquals(
                0,
                CliRun.run("verdict", kase.toString(), "--flag", flag, "--set", "disputed")
                        .code());
        try (app.corroborate.store.CaseStore store = new CaseFiles(app.corroborate.store.open.CaseStores.standard())
                .openReadOnly(new app.corroborate.store.CaseLocation.File(kase))) {
            assertTrue(VerdictCommand.stillSeen(store, app.corroborate.store.Target.FLAG, flag));
            assertFalse(VerdictCommand.stillSeen(store, app.corroborate.store.Target.FLAG, "0000000000000000"));
        }
        assertEquals(
                0,
                CliRun.run("verdict", kase.toString(), "--flag", flag, "--set", "verified")
                        .code());
        JsonNode after = new ObjectMapper()
                .readTree(CliRun.run("case", "list", kase.toString(), "--json").out());
        assertEquals("verified", after.get("flags").get(0).get("verdict").asText());
    }

    @Test
    void aCaseFromInitToListWithVerdictsAndAnnotations() throws Exception {
        String base = "Police said 41 people were arrested after the march on Saturday. The crowd left the square "
                + "within two hours.";
        Path a = write("a.txt", base);
        Path b = write("b.txt", base.replace("41 people", "at least 41 people"));
        Path kase = dir.resolve("march.corroborate");
        CliRun init = CliRun.run("case", "init", kase.toString(), a.toString(), b.toString(), "--editor", "Mara");
        assertEquals(0, init.code(), init.err());
        JsonNode list = new ObjectMapper()
                .readTree(CliRun.run("case", "list", kase.toString(), "--json").out());
        assertEquals(1, list.get("schema").asInt());
        assertEquals("march", list.get("case").get("title").asText());
        assertEquals("Mara", list.get("case").get("editor").asText());
        String source = list.get("sources").get(1).get("id").asText();
        for (String field : List.of("id", "path", "outlet", "sha256")) {
            assertTrue(list.get("sources").get(0).has(field), field);
        }
        JsonNode flag = list.get("flags").get(0);
        assertEquals("unreviewed", flag.get("verdict").asText());
        String claim = list.get("claims").get(0).get("id").asText();

        assertEquals(
                0,
                CliRun.run(
                                "verdict",
                                kase.toString(),
                                "--flag",
                                flag.get("id").asText(),
                                "--set",
                                "disputed",
                                "--note",
                                "check the police log",
                                "--author",
                                "Joss")
                        .code());
        assertEquals(
                0,
                CliRun.run("verdict", kase.toString(), "--claim", claim, "--set", "verified")
                        .code());
        CliRun annotate = CliRun.run(
                "annotate",
                kase.toString(),
                "--source",
                source,
                "--quote",
                "at least 41 people",
                "--note",
                "hedged",
                "--verdict",
                "disputed");
        assertEquals(0, annotate.code(), annotate.err());

        JsonNode after = new ObjectMapper()
                .readTree(CliRun.run("case", "list", kase.toString(), "--json").out());
        assertEquals("disputed", after.get("flags").get(0).get("verdict").asText());
        assertEquals(
                "check the police log", after.get("flags").get(0).get("note").asText());
        assertEquals("verified", after.get("claims").get(0).get("verdict").asText());
        JsonNode ann = after.get("annotations").get(0);
        assertEquals("at least 41 people", ann.get("exact").asText());
        assertEquals(source, ann.get("source").asText());
        assertFalse(ann.get("orphaned").asBoolean());
    }

    @Test
    void failuresAreOneLineAndNonZero() throws Exception {
        Path a = write("a.txt", "One sentence here. Another one there.");
        Path kase = dir.resolve("c.corroborate");
        assertEquals(
                0, CliRun.run("case", "init", kase.toString(), a.toString()).code());
        for (String[] args : List.of(
                new String[] {"verdict", kase.toString(), "--flag", "nope", "--set", "verified"},
                new String[] {"verdict", kase.toString(), "--flag", "x", "--set", "maybe"},
                new String[] {"annotate", kase.toString(), "--source", "src-x", "--quote", "One", "--note", "n"},
                new String[] {
                    "case", "list", write("bad.corroborate", "not a case").toString()
                },
                new String[] {"case", "init", kase.toString()},
                new String[] {"case", "backup", kase.toString(), a.toString()})) {
            CliRun r = CliRun.run(args);
            assertTrue(r.code() != 0, String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("corroborate: "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
