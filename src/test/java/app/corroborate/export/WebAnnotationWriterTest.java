package app.corroborate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.StoredSource;
import app.corroborate.store.sqlite.SqliteCaseStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAnnotationWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyAnnotationAndFlagVerdictIsAnAnnotationWithEveryRequiredField() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            JsonNode root = new ObjectMapper().readTree(new WebAnnotationWriter().write(ExportFixtures.summary(store)));
            assertEquals(
                    "http://www.w3.org/ns/anno.jsonld", root.get("@context").asText());
            assertEquals("AnnotationCollection", root.get("type").asText());
            JsonNode items = root.get("first").get("items");
            assertEquals(4, items.size(), "two flag verdicts, an annotation with a verdict and a comment");
            assertEquals(4, root.get("total").asInt());
            Set<String> ids = new HashSet<>();
            Map<String, Integer> motivations = new HashMap<>();
            for (JsonNode a : items) {
                assertTrue(a.get("id").asText().matches("urn:uuid:[0-9a-f-]{36}"), a.toString());
                assertTrue(ids.add(a.get("id").asText()), "ids are unique");
                assertEquals("Annotation", a.get("type").asText());
                motivations.merge(a.get("motivation").asText(), 1, Integer::sum);
                assertTrue(!a.get("creator").get("name").asText().isBlank());
                assertTrue(a.get("created").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
                assertEquals("TextualBody", a.get("body").get("type").asText());
                assertTrue(a.get("body").get("value").asText().startsWith("Verdict: "));
                assertNotNull(a.get("target"));
            }
            assertEquals(Map.of("assessing", 3, "commenting", 1), motivations);
            String json = items.toString();
            assertTrue(json.contains("Verdict: False.\\nChecked with the governor's office <script>"), json);
        }
    }

    @Test
    void everySelectorResolvesToItsExactTextInItsSource() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            Map<String, String> textByHash = new HashMap<>();
            for (StoredSource s : store.sources()) {
                textByHash.put("urn:sha256:" + s.sha256(), s.text());
            }
            JsonNode root = new ObjectMapper().readTree(new WebAnnotationWriter().write(ExportFixtures.summary(store)));
            int checked = 0;
            for (JsonNode a : root.get("first").get("items")) {
                for (JsonNode t : a.get("target").isArray()
                        ? a.get("target")
                        : new ObjectMapper().createArrayNode().add(a.get("target"))) {
                    String text = textByHash.get(t.get("source").asText());
                    assertNotNull(text, t.toString());
                    JsonNode quote = t.get("selector").get(0);
                    JsonNode position = t.get("selector").get(1);
                    assertEquals("TextQuoteSelector", quote.get("type").asText());
                    assertEquals("TextPositionSelector", position.get("type").asText());
                    int start = position.get("start").asInt();
                    int end = position.get("end").asInt();
                    assertEquals(quote.get("exact").asText(), text.substring(start, end));
                    assertTrue(text.substring(0, start)
                            .endsWith(quote.get("prefix").asText()));
                    assertTrue(
                            text.substring(end).startsWith(quote.get("suffix").asText()));
                    checked++;
                }
            }
            assertEquals(6, checked, "two targets per flag, one per annotation");
        }
    }
}
