package app.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.SampleCaseFile;
import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.sqlite.SqliteCaseStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command end to end on the bundled sample case, with verdicts recorded by the verdict command. */
class ExportCliTest {

    @TempDir
    Path dir;

    private Path judgedSample() throws Exception {
        Path kase = new SampleCaseFile(new SampleCase(new SourceImporter()), Clock.systemUTC()).ensure(dir, "Zoë");
        JsonNode list = new ObjectMapper()
                .readTree(CliRun.run("case", "list", kase.toString(), "--json").out());
        String flag = list.get("flags").get(0).get("id").asText();
        String claim = list.get("claims").get(0).get("id").asText();
        CliRun v1 = CliRun.run(
                "verdict",
                kase.toString(),
                "--flag",
                flag,
                "--set",
                "false",
                "--note",
                "<script>x</script>",
                "--evidence",
                "javascript:alert(1)",
                "--author",
                "José Núñez");
        assertEquals(0, v1.code(), v1.err());
        assertEquals(
                0,
                CliRun.run("verdict", kase.toString(), "--claim", claim, "--set", "verified", "--author", "Mara")
                        .code());
        try (SqliteCaseStore store = SqliteCaseStore.open(kase, Clock.systemUTC())) {
            assertTrue(store.snapshot(Target.FLAG, flag).isPresent(), "the verdict command records a snapshot");
            assertTrue(store.snapshot(Target.CLAIM, claim).isPresent());
        }
        return kase;
    }

    @Test
    void everyFormatExportsTheSampleCase() throws Exception {
        Path kase = judgedSample();
        CliRun md = CliRun.run("export", kase.toString(), "--format", "md");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Verified summary: Sample case: the Harrowgate Dam release"), md.out());
        String counts = md.out().lines().toList().get(2);
        assertTrue(counts.matches("\\*\\*\\d+ of \\d+ items are still unreviewed\\.\\*\\* .*"), counts);
        assertTrue(md.out().contains("verdict **False** by José Núñez"));

        Path html = dir.resolve("summary.html");
        CliRun h = CliRun.run("export", kase.toString(), "--format", "html", "-o", html.toString());
        assertEquals(0, h.code(), h.err());
        String page = Files.readString(html);
        assertTrue(page.contains("&lt;script&gt;x&lt;/script&gt;") && !page.contains("<script"));
        assertFalse(page.contains("href=\"javascript"));

        Path pdf = dir.resolve("summary.pdf");
        CliRun p = CliRun.run("export", kase.toString(), "--format", "pdf", "--out", pdf.toString());
        assertEquals(0, p.code(), p.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("José Núñez"), text);
            assertTrue(text.contains("Verified summary"));
        }

        CliRun claims = CliRun.run(
                "export",
                kase.toString(),
                "--format",
                "claimreview",
                "--organisation",
                "Desk",
                "--organisation-url",
                "https://desk.example");
        assertEquals(0, claims.code(), claims.err());
        JsonNode reviews = new ObjectMapper().readTree(claims.out());
        assertEquals(1, reviews.size());
        assertEquals("Desk", reviews.get(0).get("author").get("name").asText());
        annotationsResolve(kase);
    }

    private void annotationsResolve(Path kase) throws Exception {
        CliRun a = CliRun.run("export", kase.toString(), "--format", "annotations");
        assertEquals(0, a.code(), a.err());
        Map<String, String> texts = new HashMap<>();
        try (SqliteCaseStore store = SqliteCaseStore.open(kase, Clock.systemUTC())) {
            for (StoredSource s : store.sources()) {
                texts.put("urn:sha256:" + s.sha256(), s.text());
            }
        }
        JsonNode items = new ObjectMapper().readTree(a.out()).get("first").get("items");
        assertEquals(1, items.size(), "the flag verdict");
        for (JsonNode t : items.get(0).get("target")) {
            String text = texts.get(t.get("source").asText());
            JsonNode position = t.get("selector").get(1);
            assertEquals(
                    t.get("selector").get(0).get("exact").asText(),
                    text.substring(
                            position.get("start").asInt(), position.get("end").asInt()));
        }
    }

    @Test
    void refusalsAreOneLineWithExitCodeTwo() throws Exception {
        Path kase = new SampleCaseFile(new SampleCase(new SourceImporter()), Clock.systemUTC()).ensure(dir, "Zoë");
        Path notACase = Files.writeString(dir.resolve("bad.corroborate"), "not a case");
        for (String[] args : List.of(
                new String[] {"export", kase.toString(), "--format", "docx"},
                new String[] {"export", kase.toString(), "--format", "pdf"},
                new String[] {"export", notACase.toString(), "--format", "md"},
                new String[] {"export", dir.resolve("missing.corroborate").toString(), "--format", "html"})) {
            CliRun r = CliRun.run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("corroborate: "), r.err());
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(dir.resolve("summary.pdf")));
    }
}
