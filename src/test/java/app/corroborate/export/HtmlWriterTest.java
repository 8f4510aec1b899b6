package app.corroborate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.sqlite.SqliteCaseStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlWriterTest {

    @TempDir
    Path dir;

    private String html() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            return new HtmlWriter().write(ExportFixtures.summary(store));
        }
    }

    @Test
    void aSummaryMatchesItsGoldenFile() throws Exception {
        Golden.check("summary.html", new HtmlWriter().write(HandMadeSummary.summary()));
    }

    @Test
    void theFileIsSelfContainedWithoutScriptOrRemoteResources() throws Exception {
        String html = html();
        Document doc = Jsoup.parse(html);
        assertEquals(
                0,
                doc.select("script, link, img, iframe, object, embed, base, [src], [style]")
                        .size());
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("@import") || lower.contains("url("), "a stylesheet pointing outside");
        assertEquals(1, doc.select("style").size());
        for (Element a : doc.select("[href]")) {
            assertTrue(a.attr("href").matches("https?://.+"), a.outerHtml());
        }
        assertTrue(doc.select("a[href]").stream().noneMatch(a -> a.attr("href").contains("javascript")));
        assertTrue(doc.text().contains("javascript:alert(1)"), "shown as text");
        assertEquals(2, doc.select("a[href]").size());
        assertTrue(doc.select("a[href]").stream()
                .anyMatch(a -> a.attr("href").equals("https://example.org/report?id=7&lang=en")));
    }

    @Test
    void notesAndSourceMarkupComeOutAsText() throws Exception {
        Document doc = Jsoup.parse(html());
        assertTrue(doc.text().contains("<script>alert('x')</script> & co."), "the note as written");
        assertTrue(doc.text().contains("\u201c<b>CLOSED</b>\u201d (The Valley Courier)"), "the source as written");
        assertTrue(doc.select("b, i").isEmpty(), "no markup from the case");
    }

    @Test
    void theUnreviewedCountComesFirstAndNothingUnreviewedIsUnderVerified() throws Exception {
        Document doc = Jsoup.parse(html());
        Element first = doc.body().child(1);
        assertEquals("counts", first.className());
        assertTrue(first.text().startsWith("4 of 8 items are still unreviewed."));
        Element verified = doc.getElementById("verified");
        assertEquals(1, verified.select(".item").size());
        assertTrue(verified.select(".v-unreviewed").isEmpty());
        assertFalse(verified.text().contains("Wednesday"));
        assertEquals(4, doc.getElementById("unreviewed").select("li").size());
    }

    @Test
    void theMarkupIsWellFormedXmlForThePdf() throws Exception {
        String html = html().replaceFirst("<!DOCTYPE html>", "");
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", xml.getDocumentElement().getTagName());
        assertTrue(HtmlWriter.esc("a\u0000b\u0007c").equals("abc"), "characters XML forbids are dropped");
    }
}
