package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCaseTest {

    @Test
    void loadsAllVersionsWithTheHtmlPageAsBase() throws ImportException {
        List<SourceDocument> docs = new SampleCase(new SourceImporter()).load();
        assertEquals(5, docs.size());
        SourceDocument base = docs.get(0);
        assertEquals(SourceFormat.HTML, base.format());
        assertEquals("The Valley Courier", base.metadata().outlet());
        assertTrue(base.excluded().size() >= 5, "navigation, byline, caption, related, comments, footer");
        docs.forEach(d -> assertTrue(d.sentences().size() >= 8, d.path()));
    }
}
