package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles exported as JSON, invented: headline, standfirst and body read as a page; the rest left out. */
class JsonExtractorTest {

    private static SourceDocument read(String text) throws ImportException {
        return new SourceImporter().fromBytes("export.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> sentences(SourceDocument d) {
        return d.sentences().stream().map(s -> s.of(d.text())).toList();
    }

    @Test
    void aNewsroomExportIsReadAsItsArticle() throws ImportException {
        SourceDocument d = read("{\"export\": {\"system\": \"Desk 7\", \"exported_by\": \"web@post.example\"},\n"
                + " \"article\": {\"id\": 42, \"slug\": \"flood-barrier\", \"headline\": \"Council backs flood barrier\","
                + " \"standfirst\": \"Work on the river wall starts in May after a long debate\","
                + " \"byline\": [{\"name\": \"Anna Berg\", \"role\": \"Reporter\"}],"
                + " \"published_at\": \"2031-02-17T08:00:00+01:00\","
                + " \"image\": {\"caption\": \"The river wall at Eastholm seen from the old bridge on Monday.\"},"
                + " \"body\": [\"The regional council approved the barrier on Monday, the mayor said.\","
                + " \"It will cost 14 million crowns, according to the plan.\"],"
                + " \"related\": [{\"headline\": \"Tram fares rise by 5 per cent from next month in the city\"}]}}");
        assertEquals(SourceFormat.JSON, d.format());
        assertEquals("Council backs flood barrier", d.metadata().title());
        assertEquals("Anna Berg", d.metadata().byline());
        assertEquals("2031-02-17", d.metadata().published());
        String story = String.join(" ", sentences(d));
        assertTrue(story.contains("It will cost 14 million crowns, according to the plan."), story);
        assertTrue(story.contains("Work on the river wall starts in May"), story);
        assertFalse(d.text().contains("Tram fares"), d.text());
        assertFalse(d.text().contains("old bridge"), d.text());
        assertFalse(d.text().contains("\"body\""), d.text());
    }

    @Test
    void aBodyOfBlocksOrMarkupIsReadInOrder() throws ImportException {
        SourceDocument blocks = read("{\"title\": \"Barrier\", \"content\": [{\"type\": \"paragraph\", \"text\":"
                + " \"The council approved the barrier on Monday night.\"}, {\"type\": \"image\", \"text\":"
                + " \"A photograph of the barrier taken from the bridge.\"}, {\"type\": \"paragraph\", \"text\":"
                + " \"Work starts in May and ends in the autumn.\"}]}");
        assertEquals(
                List.of(
                        "Barrier",
                        "The council approved the barrier on Monday night.",
                        "Work starts in May and ends in the autumn."),
                sentences(blocks));
        SourceDocument markup = read("[{\"headline\": \"Barrier\", \"body\": \"<p>The council approved the barrier"
                + " on Monday night.</p><p>Work starts in May and ends in the autumn.</p>\"}]");
        assertEquals(3, sentences(markup).size(), sentences(markup).toString());
    }

    @Test
    void textInBracesOrBracketsIsText() throws ImportException {
        SourceDocument d = read("{ The council approved the barrier on Monday night, the mayor said. }");
        assertEquals(SourceFormat.TEXT, d.format());
        assertTrue(d.text().contains("The council approved the barrier"), d.text());
        assertEquals(
                SourceFormat.TEXT,
                read("[UPDATED 10:40] The council approved the barrier on Monday night. [ENDS]")
                        .format());
    }

    @Test
    void theBodyIsTheMemberNamedSoNotTheReadersComments() throws ImportException {
        String comment = "{\"text\": \"This is the worst decision the council has made in twenty years and everyone "
                + "knows it, shame on them all.\"}";
        SourceDocument d = read("{\"headline\": \"Council backs barrier\", \"body\": \"The council approved the "
                + "barrier on Monday night. Work starts in May.\", \"comments\": [" + comment + ", " + comment + "]}");
        String story = String.join(" ", sentences(d));
        assertTrue(story.contains("Work starts in May."), story);
        assertFalse(story.contains("shame on them"), story);
    }

    @Test
    void aRenderedTitleAndExcerptAreReadAsHeadlineAndStandfirst() throws ImportException {
        SourceDocument d = read("{\"title\": {\"rendered\": \"Dam breach floods <em>two</em> villages\"}, "
                + "\"excerpt\": {\"rendered\": \"Residents were moved to shelters as the water rose overnight\"}, "
                + "\"content\": {\"rendered\": \"<p>The dam gave way on Monday night, the authority said.</p>"
                + "<p>About 300 homes were flooded in the two villages.</p>\"}}");
        assertEquals("Dam breach floods two villages", d.metadata().title());
        String story = String.join(" ", sentences(d));
        assertTrue(story.contains("Residents were moved to shelters"), story);
        assertTrue(story.contains("About 300 homes were flooded"), story);
    }
}
