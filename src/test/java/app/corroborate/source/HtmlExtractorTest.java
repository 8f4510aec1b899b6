package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void dropsInvisibleContentAndDecodesEntities() {
        Extraction ex = extractor.extract("<html><head><style>p{}</style><script>var x=1;</script></head><body>"
                + "<p>Fish &amp; chips &mdash; &#8220;fine&#8221;</p><noscript>Enable JS</noscript>"
                + "<template><p>tpl</p></template><p hidden>secret</p><p style=\"display: none\">gone</p>"
                + "<div aria-hidden=\"true\">icon</div></body></html>");
        assertEquals("Fish & chips \u2014 \u201Cfine\u201D", ex.text());
    }

    @Test
    void blocksBecomeParagraphsAndLinksStayInline() {
        Extraction ex = extractor.extract(
                "<div><h1>Title</h1><p>One <a href=\"/x\">linked</a>  word.</p>" + "<ul><li>Item</li></ul></div>");
        assertEquals("Title\n\nOne linked word.\n\nItem", ex.text());
        assertEquals(3, ex.blocks().size());
        assertEquals("p", ex.blocks().get(1).tag());
        assertTrue(ex.blocks().get(1).linkDensity() > 0.3);
    }

    @Test
    void bareTextBetweenParagraphsIsMarkedBare() {
        Extraction ex = extractor.extract("<p>First.</p>Stray headline.<p>Second.</p>");
        assertTrue(ex.blocks().get(1).bare());
        assertFalse(ex.blocks().get(0).bare());
    }

    @Test
    void structureHintsComeFromElementsAndClassNames() {
        Extraction ex = extractor.extract("<nav><a href=/>Home</a></nav><article><p>Story.</p>"
                + "<figure><figcaption>A caption</figcaption></figure></article>"
                + "<div class=\"related-stories\"><p>Other story</p></div><div id=\"commentsArea\"><p>Say</p></div>"
                + "<div class=\"ad-slot\"><p>Buy</p></div>");
        assertEquals(FurnitureReason.NAVIGATION, ex.blocks().get(0).hint());
        assertEquals(null, ex.blocks().get(1).hint());
        assertEquals(FurnitureReason.CAPTION, ex.blocks().get(2).hint());
        assertEquals(FurnitureReason.RELATED, ex.blocks().get(3).hint());
        assertEquals(FurnitureReason.COMMENTS, ex.blocks().get(4).hint());
        assertEquals(FurnitureReason.ADVERTISEMENT, ex.blocks().get(5).hint());
    }

    @Test
    void wrappersAroundTheStoryNeverMakeItFurniture() {
        String paragraph = "<p>The harbour board met on Tuesday and agreed to dredge the channel before the autumn"
                + " storms, a job the engineers expect to take three weeks and cost a little over its budget.</p>";
        Extraction ex = extractor.extract("<div class=\"widget blog\"><article class=\"newsletter-post\">"
                + paragraph.repeat(4) + "<div class=\"subscribe-box\"><p>Join the list</p></div>"
                + "</article></div><div class=\"widget\"><p>Popular posts</p></div>");
        assertEquals(null, ex.blocks().get(0).hint());
        assertEquals(null, ex.blocks().get(3).hint());
        assertEquals(FurnitureReason.OTHER, ex.blocks().get(4).hint());
        assertEquals(FurnitureReason.RELATED, ex.blocks().get(5).hint());
    }

    @Test
    void aBlogBodySplitByLineBreaksIsTheStory() {
        String line = "The ferry resumed its crossings on Friday after a week of repairs to the ramp, the operator"
                + " said, and the first boat left on time with about forty cars aboard.<br />";
        Extraction ex =
                extractor.extract("<div class=\"widget\"><div class=\"post-body\">" + line.repeat(5) + "</div></div>");
        assertTrue(ex.blocks().size() >= 5);
        ex.blocks().forEach(b -> assertEquals(null, b.hint()));
    }

    @Test
    void readsMetadata() {
        Extraction ex = extractor.extract("<html><head><meta property=\"og:site_name\" content=\"The Courier\">"
                + "<meta property=\"article:published_time\" content=\"2031-04-15T09:30:00Z\">"
                + "<meta name=\"author\" content=\"Mara Holt\"><title>Page</title></head>"
                + "<body><h1>Dam opens gates</h1><p>Text.</p></body></html>");
        assertEquals(new SourceMetadata("Dam opens gates", "The Courier", "2031-04-15", "Mara Holt"), ex.metadata());
    }

    @Test
    void aTitleWithTheSiteNameGivesHeadlineAndOutlet() {
        Extraction ex = extractor.extract("<html><head><title>Train derails near Korvik - Nordic Transport News"
                + "</title></head><body><div class=\"site-footer\">Home</div><p>Text.</p></body></html>");
        assertEquals("Train derails near Korvik", ex.metadata().title());
        assertEquals("Nordic Transport News", ex.metadata().outlet());
        assertEquals(FurnitureReason.NAVIGATION, ex.blocks().get(0).hint());
    }

    @Test
    void brokenMarkupStillYieldsText() {
        Extraction ex = extractor.extract("<p>Unclosed <b>bold <i>text<p>Next</div></span>");
        assertEquals("Unclosed bold text\n\nNext", ex.text());
    }
}
