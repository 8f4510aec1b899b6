package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subtitles saved as files, invented: what was said, read as sentences, without timings, notes or sounds. */
class SubtitleExtractorTest {

    private static SourceDocument read(String text) throws ImportException {
        return new SourceImporter().fromBytes("item.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> sentences(SourceDocument d) {
        return d.sentences().stream().map(s -> s.of(d.text())).toList();
    }

    @Test
    void aWebVttFileIsReadAsRunningProse() throws ImportException {
        SourceDocument d = read("WEBVTT\nKind: captions\n\nNOTE\nEvening news, item 3.\n\n"
                + "1\n00:00:00.000 --> 00:00:03.100\nFlood water rose above\nthe river wall in Eastholm\n\n"
                + "2\n00:00:03.100 --> 00:00:06.000 align:start\n<i>on Monday night</i>, the council said.\n\n"
                + "3\n00:00:06.000 --> 00:00:07.500\n[sirens]\n\n"
                + "00:00:09.000 --> 00:00:12.000\n<v Anna Berg>We lost 40 &amp; more sheep.\n");
        assertEquals(SourceFormat.SUBTITLES, d.format());
        assertEquals(
                List.of(
                        "Flood water rose above the river wall in Eastholm on Monday night, the council said.",
                        "We lost 40 & more sheep."),
                sentences(d));
        assertFalse(d.text().contains("-->"), d.text());
        assertFalse(d.text().contains("sirens"), d.text());
        assertFalse(d.text().contains("item 3"), d.text());
    }

    @Test
    void aSubRipFileIsReadByItsNumberedTimedCues() throws ImportException {
        SourceDocument d = read("1\n00:00:01,000 --> 00:00:02,500\nThe barrier will cost\n\n"
                + "2\n00:00:02,500 --> 00:00:04,000\n14 million crowns.\n\n"
                + "3\n00:00:06,000 --> 00:00:08,000\n- Work starts in May.\n\n"
                + "4\n00:00:08,000 --> 00:00:09,000\n(applause)\n");
        assertEquals(SourceFormat.SUBTITLES, d.format());
        assertEquals(List.of("The barrier will cost 14 million crowns.", "Work starts in May."), sentences(d));
    }

    @Test
    void aSentenceEndsAParagraphOnlyAtAPauseOrAnotherSpeaker() {
        String text = "WEBVTT\n\n00:00.000 --> 00:01.000\nOne.\n\n00:01.000 --> 00:02.000\nTwo.\n\n"
                + "00:04.000 --> 00:05.000\nThree.\n";
        Extraction ex = new SubtitleExtractor().extract(text);
        assertEquals("One. Two.\n\nThree.", ex.text().strip());
    }

    @Test
    void textThatMerelyMentionsATimingIsNotSubtitles() {
        assertFalse(SubtitleExtractor.isSubtitles("1\nThe race began at 00:00:01.000 --> and ended.\n"));
        assertTrue(SubtitleExtractor.isSubtitles("\uFEFFWEBVTT - evening news\n\n00:01.000 --> 00:02.000\nHi.\n"));
        assertEquals(62_500, SubtitleExtractor.ms("00:01:02,500"));
    }

    @Test
    void twoSpeakersInOneCueAreTwoParagraphs() {
        String text =
                "1\n00:00:01,000 --> 00:00:03,000\n- Where were you when the wall broke?\n- At the jetty, with my "
                        + "brother.\n\n2\n00:00:03,000 --> 00:00:04,000\nWe ran.\n\n3\n00:00:04,000 --> 00:00:05,000\nThe water "
                        + "followed.\n";
        Extraction ex = new SubtitleExtractor().extract(text);
        assertEquals(
                "Where were you when the wall broke?\n\nAt the jetty, with my brother. We ran. The water followed.",
                ex.text().strip());
    }
}
