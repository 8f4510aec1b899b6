package app.corroborate.source;

import static app.corroborate.source.InventedPages.BODY;
import static app.corroborate.source.InventedPages.assertStoryIntact;
import static app.corroborate.source.InventedPages.excluded;
import static app.corroborate.source.InventedPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Furniture of press releases and broadcasts on invented pages: a release's desk lines, a programme's framing lines,
 * and a sentence's date that only looks like a caption's.
 */
class ReleaseAndProgrammeLinesTest {

    @Test
    void aParagraphEndingOnAWeekdayAndADateIsNoCaption() throws ImportException {
        String lead = "Eastholm - March 3, 2031: Power was restored to most homes after the outage that began "
                + "yesterday, Monday, March 2, 2031.";
        SourceDocument d = read(lead + "\n" + BODY);
        assertEquals(null, excluded(d).get(lead), excluded(d).toString());
        assertStoryIntact(d);
        String caption =
                "Residents wade through floodwater near the seawall in Eastholm, Ostria, Monday, March 2, 2031.";
        assertEquals("caption", excluded(read(caption + "\n" + BODY)).get(caption));
    }

    @Test
    void aPressReleasesLabelAndItsAboutSectionAreForTheDesk() throws ImportException {
        String about = "The Eastholm Water Board supplies drinking water to 400,000 homes in the region and runs "
                + "the river barrier on behalf of the council.";
        SourceDocument d = read("FOR IMMEDIATE RELEASE\n\nCouncil backs flood barrier\n\n" + BODY
                + "\n-30-\n\nAbout the Eastholm Water Board\n\n" + about + "\n");
        Map<String, String> ex = excluded(d);
        assertEquals("label", ex.get("FOR IMMEDIATE RELEASE"), ex.toString());
        assertEquals("other", ex.get(about), ex.toString());
        SourceDocument named = read("Council backs flood barrier\n\n" + BODY + "\n###\n\nAbout EWB\n\n" + about);
        assertEquals("other", excluded(named).get(about), excluded(named).toString());
        assertStoryIntact(named);
    }

    @Test
    void aPresentersFramingLinesAreTheProgrammesNotTheStorys() throws ImportException {
        SourceDocument d = read("Good evening and welcome to Eastholm Tonight.\n\n" + BODY
                + "\n\nFor Eastholm Tonight, this is Anna Berg, at the river wall.\n\n"
                + "Coming up after the break: the tram fares rise.\n");
        Map<String, String> ex = excluded(d);
        assertEquals("other", ex.get("Good evening and welcome to Eastholm Tonight."), ex.toString());
        assertEquals("other", ex.get("For Eastholm Tonight, this is Anna Berg, at the river wall."), ex.toString());
        assertEquals("other", ex.get("Coming up after the break: the tram fares rise."), ex.toString());
        assertStoryIntact(d);
        String alone = "This is what farmers here have been living with for more than a week.";
        assertEquals(
                null,
                excluded(read(alone + "\n\n" + BODY + "\n\nBack to you in the studio.\n"))
                        .get(alone));
    }
}
