package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Feeds saved as files, invented: the story is the item with the most text, its escaped markup read as HTML. */
class FeedExtractorTest {

    private static final String STORY = "&lt;p&gt;The regional council approved the new flood barrier on Monday "
            + "after a two-hour debate, the mayor of Eastholm said.&lt;/p&gt;&lt;p&gt;Construction will start in "
            + "May and is expected to cost 14 million crowns, according to the plan.&lt;/p&gt;";

    private static SourceDocument read(String text) throws ImportException {
        return new SourceImporter().fromBytes("feed.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anRssItemIsReadAsItsPageAndTheOtherItemsStayOut() throws ImportException {
        SourceDocument d = read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                + "<title>Eastholm Post</title><link>https://post.example/</link>"
                + "<description>Latest news</description>"
                + "<item><title>Tram fares rise</title><description>&lt;p&gt;Fares rise by 5 per cent.&lt;/p&gt;"
                + "</description></item>"
                + "<item><title>Council backs flood barrier</title>"
                + "<pubDate>Tue, 17 Feb 2031 20:41:00 +0100</pubDate><dc:creator>Lakeside Wire</dc:creator>"
                + "<description>" + STORY + "</description></item>"
                + "</channel></rss>");
        assertEquals(SourceFormat.FEED, d.format());
        assertEquals("Council backs flood barrier", d.metadata().title());
        assertEquals("Eastholm Post", d.metadata().outlet());
        assertEquals("2031-02-17", d.metadata().published());
        assertEquals("Lakeside Wire", d.metadata().byline());
        String story =
                String.join(" ", d.sentences().stream().map(s -> s.of(d.text())).toList());
        assertTrue(story.contains("cost 14 million crowns"), story);
        assertFalse(d.text().contains("<p>"), "the escaped markup is read, not shown: " + d.text());
        assertFalse(d.text().contains("Fares rise"), "another item of the feed: " + d.text());
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertEquals(ImportWarning.FEED_ITEM, d.warnings().get(0).kind());
        assertTrue(
                d.warnings().get(0).message().contains("2 items"),
                d.warnings().get(0).message());
    }

    @Test
    void anAtomEntryWithHtmlContent() throws ImportException {
        SourceDocument d = read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Lakeside Wire</title>"
                + "<entry><title>Council backs flood barrier</title><author><name>Ana Ruiz</name></author>"
                + "<content type=\"html\">" + STORY + "</content></entry></feed>");
        assertEquals(SourceFormat.FEED, d.format());
        assertEquals("Lakeside Wire", d.metadata().outlet());
        assertEquals("Ana Ruiz", d.metadata().byline());
        assertTrue(d.text().contains("approved the new flood barrier"), d.text());
        assertTrue(d.warnings().isEmpty(), "one entry: nothing to say");
    }

    @Test
    void aTextAboutFeedsStaysText() throws ImportException {
        SourceDocument d = read("Readers can follow us through <rss> and <feed> readers.\n"
                + "The regional council approved the new flood barrier on Monday after a two-hour debate.\n");
        assertEquals(SourceFormat.TEXT, d.format());
    }
}
