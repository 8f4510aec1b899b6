package app.corroborate.source;

import static app.corroborate.source.InventedPages.BODY;
import static app.corroborate.source.InventedPages.assertStoryIntact;
import static app.corroborate.source.InventedPages.excluded;
import static app.corroborate.source.InventedPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A thread of posts: the post carrying the story stays, the readers' posts around it are comments. */
class ThreadRuleTest {

    private static final String STORY = BODY
            + "The barrier will protect about 2,300 homes on the east bank, the council said in a statement.\n"
            + "Opponents said the cost had doubled since the first plan was published three years ago.\n"
            + "A public meeting on the route of the works will be held at the library on Thursday evening.\n";

    @Test
    void theLongPostIsTheStoryAndTheRepliesAreComments() throws ImportException {
        String page = "Eastholm Forum\n\nRiver_Watcher\nAnyone know what the council decided tonight?\n"
                + "Quote | Like (3)\n\n"
                + "dyke_fan\nPosting the Post's story here for those without a login:\n" + STORY
                + "Quote | Like (41)\n\n"
                + "old_ferryman\nMy cousin says it will cost 30 million in the end, mark my words.\n"
                + "Quote | Like (12)\n\n"
                + "harbour_mum\nFinally. We lost 40 sandbags to the last flood alone.\n"
                + "Quote | Like (9)\n";
        SourceDocument d = read(page);
        Map<String, String> ex = excluded(d);
        assertEquals(
                "comments", ex.get("My cousin says it will cost 30 million in the end, mark my words."), ex.toString());
        assertEquals("comments", ex.get("Finally. We lost 40 sandbags to the last flood alone."), ex.toString());
        assertEquals("comments", ex.get("Anyone know what the council decided tonight?"), ex.toString());
        assertStoryIntact(d);
        assertFalse(ex.containsKey(
                "Opponents said the cost had doubled since the first plan was published three years ago."));
    }

    @Test
    void entriesOfLikeLengthWithShareBarsAreLeftAlone() throws ImportException {
        String entry = "Share | Like\n\n";
        String page = BODY + entry
                + "10:32 The council has published the plan, which runs to 40 pages and sets out the route.\n" + entry
                + "10:15 Opponents gathered outside the town hall before the debate began this morning.\n" + entry
                + "09:58 The debate opened with a minute's silence for the victims of the last flood.\n" + entry;
        SourceDocument d = read(page);
        Map<String, String> ex = excluded(d);
        assertNull(
                ex.get("10:32 The council has published the plan, which runs to 40 pages and sets out the route."),
                ex.toString());
        assertStoryIntact(d);
    }

    @Test
    void aBarIsShortAndMadeOfActions() {
        assertTrue(ThreadRule.bar("Quote | Like (54)", 3));
        assertTrue(ThreadRule.bar("\uD83D\uDC4D Like (142) Quote Report to moderator", 6));
        assertTrue(ThreadRule.bar("Like \u00B7 Reply \u00B7 3h", 4));
        assertFalse(ThreadRule.bar("Like many residents, she wants a reply", 7));
        assertFalse(ThreadRule.bar("Share", 1));
    }
}
