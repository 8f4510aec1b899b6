package app.corroborate.source;

import static app.corroborate.source.InventedPages.BODY;
import static app.corroborate.source.InventedPages.assertStoryIntact;
import static app.corroborate.source.InventedPages.excluded;
import static app.corroborate.source.InventedPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Furniture of pages saved from chats, threads, TV pages and wikis: captions, cues, stamps, counts, references. */
class PostChromeTest {

    @Test
    void bracketedPhotoCaptionsAreCaptions() throws ImportException {
        String a = "[Photo: The old dyke at Eastholm in March. Photo: Lakeside Post archive]";
        String b = "[Photo caption] WORKERS inspect the old dyke";
        SourceDocument d = read(a + "\n" + BODY + b + "\n");
        Map<String, String> ex = excluded(d);
        assertEquals("caption", ex.get(a));
        assertEquals("caption", ex.get(b));
        assertStoryIntact(d);
    }

    @Test
    void timedCaptionCuesAreCaptionsAndATimeRangeInTheStoryIsNot() throws ImportException {
        String cues = "[00:00:00.000 --> 00:00:04.120] >> GOOD EVENING. A FIRE AT THE BARRIER SITE\n"
                + "[00:00:04.120 --> 00:00:07.560] HAS CLOSED THE RIVER ROAD.\n"
                + "00:00:07,560 --> 00:00:11,900\n"
                + "THE COUNCIL SAYS 14 MILLION CROWNS ARE AT STAKE.\n"
                + "00:00:11.900 --> 00:00:14.030 align:start position:10%\n"
                + "THE BARRIER WILL OPEN IN MAY.\n";
        SourceDocument d =
                read(BODY + "\n" + cues + "\nThe road was closed from 10:00 to 14:30 on Monday, police said.");
        Map<String, String> ex = excluded(d);
        cues.lines().forEach(line -> assertEquals("caption", ex.get(line), line + " in " + ex));
        assertEquals(6, ex.size(), ex.toString());
        assertStoryIntact(d);
        assertTrue(d.text().contains("from 10:00 to 14:30")
                && !ex.containsKey("The road was closed from 10:00 to 14:30 on Monday, police said."));
    }

    @Test
    void aChatsStampedLinesAndAThreadsCountsAuthorsAndReferencesAreChrome() throws ImportException {
        String chat = "18/03/2031, 09:15 - Aunt Lina: Morning all. Lunch on Saturday at 11am, bring containers\n"
                + "[18/03/2031, 12:41:05] Kiri (KL): Forwarded many times\n";
        String thread = "\uD83D\uDCAC 38   \uD83D\uDD01 412   \u2764\uFE0F 1.1K\n"
                + "Orla Brennock @orla.bsky.social \u00B7 3h\n";
        String refs = "^ \"Barrier approved\". Lakeside Post. April 22, 2031. Retrieved April 23, 2031.\n";
        SourceDocument d = read(chat + BODY + thread + refs);
        Map<String, String> ex = excluded(d);
        assertEquals(
                "comments",
                ex.get("18/03/2031, 09:15 - Aunt Lina: Morning all. Lunch on Saturday at 11am, " + "bring containers"));
        assertEquals("comments", ex.get("[18/03/2031, 12:41:05] Kiri (KL): Forwarded many times"));
        assertEquals("comments", ex.get("\uD83D\uDCAC 38   \uD83D\uDD01 412   \u2764\uFE0F 1.1K"));
        assertEquals("byline", ex.get("Orla Brennock @orla.bsky.social \u00B7 3h"));
        assertEquals("related", ex.get(refs.strip()));
        assertStoryIntact(d);
        SourceDocument log = read(BODY + "18/03/2031 09:15 Police closed the river road after the crash.\n"
                + "18.03.2031 09:40 \u2014 Two barrier workers were treated for cuts, the mayor said.\n");
        assertEquals(Map.of(), excluded(log), "a story line that opens on a date and a time is no chat line");
    }
}
