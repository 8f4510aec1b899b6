package app.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsOnTerminalMarksFollowedByCapitals() {
        assertEquals(
                List.of("It rained.", "The river rose!", "Was anyone hurt?"),
                split("It rained. The river rose! Was anyone hurt?"));
    }

    @Test
    void survivesAbbreviationsInitialsAndNumbers() {
        String text = "Gen. Asim Munir met Mr. Smith on Jan. 31 in the U.S. Capitol. Prices rose 3.5 percent to "
                + "1,600 rupees. John F. Kennedy spoke.";
        assertEquals(
                List.of(
                        "Gen. Asim Munir met Mr. Smith on Jan. 31 in the U.S. Capitol.",
                        "Prices rose 3.5 percent to 1,600 rupees.",
                        "John F. Kennedy spoke."),
                split(text));
    }

    @Test
    void anAcronymEndsTheSentenceBeforeATypicalOpener() {
        assertEquals(
                List.of("The talks were held in the U.S.", "The result was announced later."),
                split("The talks were held in the U.S. The result was announced later."));
    }

    @Test
    void keepsAQuotationThatEndsTheSentence() {
        String text = "He said, \u201CIt is over.\u201D Then he left. \u201CWhy?\u201D she asked.";
        assertEquals(
                List.of("He said, \u201CIt is over.\u201D", "Then he left.", "\u201CWhy?\u201D she asked."),
                split(text));
    }

    @Test
    void lineBreaksEndHeadlinesAndListLines() {
        String text = "Floods hit the valley\nDead: 4\nMissing: 2\nRescue work went on. It was slow.";
        assertEquals(
                List.of("Floods hit the valley", "Dead: 4", "Missing: 2", "Rescue work went on.", "It was slow."),
                split(text));
    }

    @Test
    void spansAreTrimmedAndInsideTheRegions() {
        String text = "  One.  Two.  ||  Three.  ";
        List<Span> spans = splitter.split(text, List.of(new Span(0, 12), new Span(16, text.length())));
        assertEquals(
                List.of("One.", "Two.", "Three."),
                spans.stream().map(s -> s.of(text)).toList());
    }

    @Test
    void sentencesAPageRanTogetherAreSplit() {
        String text = "The road was closed in the area.Crews arrived at noon.\u201CIt was dark,\u201D one said. "
                + "The U.S.Navy and e.g.Army stay whole.";
        List<String> out =
                new SentenceSplitter().split(text).stream().map(s -> s.of(text)).toList();
        assertEquals(
                List.of(
                        "The road was closed in the area.",
                        "Crews arrived at noon.",
                        "\u201CIt was dark,\u201D one said.",
                        "The U.S.Navy and e.g.Army stay whole."),
                out);
    }
}
