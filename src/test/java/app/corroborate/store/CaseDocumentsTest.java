package app.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.text.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseDocumentsTest {

    @Test
    void editorOverridesIncludeFurnitureAgainAndExcludeStoryText() throws Exception {
        String text = "Source The Post\nThe dam opened on Tuesday. Water rose fast.\nA reader's letter follows here.";
        SourceDocument doc = new SourceImporter().fromBytes("p", text.getBytes(StandardCharsets.UTF_8));
        Span label = doc.excluded().get(0).span();
        int letter = doc.text().indexOf("A reader's letter");
        SourceDocument changed = CaseDocuments.apply(
                doc,
                List.of(
                        new FurnitureOverride("s", label, false, null),
                        new FurnitureOverride("s", new Span(letter, doc.text().length()), true, "other")));
        List<String> sentences =
                changed.sentences().stream().map(s -> s.of(changed.text())).toList();
        assertTrue(sentences.contains("Source The Post"), "included again");
        assertTrue(sentences.stream().noneMatch(s -> s.startsWith("A reader")), "excluded by the editor");
        assertEquals(1, changed.excluded().size());
    }
}
