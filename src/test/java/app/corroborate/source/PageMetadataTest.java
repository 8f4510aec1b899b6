package app.corroborate.source;

import static app.corroborate.source.InventedPages.BODY;
import static app.corroborate.source.InventedPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The byline and publication date a page states in its top matter, and lines that only look like them. */
class PageMetadataTest {

    @Test
    void aBylineSetOutInSegmentsGivesItsNameAndDate() throws ImportException {
        SourceDocument d = read("ANALYSIS\nThe council's gamble\nA barrier now, the bill later.\n" + BODY
                + "By Ama Owusu | November 18, 2025 | 5 min read\n" + BODY);
        assertEquals("Ama Owusu", d.metadata().byline());
        assertEquals("2025-11-18", d.metadata().published());
    }

    @Test
    void aBylineWithPostedAndUpdatedTimesUnderALongMenuIsOneByline() throws ImportException {
        String byline = "By Dana Whitcomb, Heartland Press \u00B7 Posted April 22, 2031 at 4:58 p.m. \u00B7 Updated "
                + "9:21 p.m.";
        String menu = String.join("\n", java.util.Collections.nCopies(20, "News\nSport")) + "\n";
        SourceDocument d = read(menu + "Council backs flood barrier\n" + byline + "\n" + BODY);
        assertEquals("Dana Whitcomb, Heartland Press", d.metadata().byline());
        assertTrue(d.excluded().stream().anyMatch(e -> e.span().of(d.text()).equals(byline)));
    }

    @Test
    void aWireUpdateLineIsNoPublicationDate() throws ImportException {
        SourceDocument d =
                read("EASTHOLM NEWSWIRE\nUPDATED 1-Adds reserves, analyst, background\nCouncil backs barrier\n" + BODY);
        assertNull(d.metadata().published(), d.metadata().toString());
    }
}
