package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An invented story body and the reading of a page around it, shared by the furniture tests. */
final class InventedPages {

    static final String BODY = "The regional council approved the new flood barrier on Monday after a "
            + "two-hour debate, the mayor of Eastholm told reporters outside the town hall.\n"
            + "Construction will start in May and is expected to cost 14 million crowns, according to the plan.\n";

    private InventedPages() {}

    static SourceDocument read(String text) throws ImportException {
        return new SourceImporter().fromBytes("page", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Each excluded passage with its reason's id, in page order. */
    static Map<String, String> excluded(SourceDocument d) {
        Map<String, String> m = new LinkedHashMap<>();
        d.excluded().forEach(e -> m.put(e.span().of(d.text()), e.reason().id()));
        return m;
    }

    /** Both sentences of {@link #BODY} are still story text. */
    static void assertStoryIntact(SourceDocument d) {
        String story =
                String.join(" ", d.sentences().stream().map(s -> s.of(d.text())).toList());
        assertTrue(story.contains("approved the new flood barrier"), story);
        assertTrue(story.contains("14 million crowns"), story);
    }
}
