package app.corroborate.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.SourceImporter;
import app.corroborate.text.TokenDictionary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A numbered paragraph's label is neither a figure nor part of its speaker; a figure opening a sentence is. */
class OutlineLabelsTest {

    private static DocumentAnalysis read(String text) throws Exception {
        var doc = new SourceImporter().fromBytes("minutes.txt", text.getBytes(StandardCharsets.UTF_8));
        return new DocumentAnalysis(doc, new TokenDictionary());
    }

    private static List<String> figures(DocumentAnalysis d) {
        return d.sentences().stream()
                .flatMap(s -> s.numbers().stream())
                .map(n -> n.span().of(d.text()))
                .toList();
    }

    @Test
    void aSectionNumberIsNoFigureAndNoPartOfTheSpeaker() throws Exception {
        DocumentAnalysis d = read("Minutes of the ordinary meeting of the local council held on the evening.\n\n"
                + "2.3 The Mayor said the council would pay for 12 new street lights.\n\n"
                + "4.1.2 Councillors asked when the road would reopen.\n");
        assertEquals(List.of("12"), figures(d), "only the figure the paragraph states");
        var said = d.sentences().stream()
                .filter(s -> s.attribution() != null)
                .findFirst()
                .orElseThrow();
        assertNotNull(said.attribution().speaker());
        assertEquals("The Mayor", said.attribution().speaker().of(d.text()));
    }

    @Test
    void aFigureThatOpensASentenceIsStillAFigure() throws Exception {
        DocumentAnalysis d = read("The agency counted the visitors again this year at the gate.\n\n"
                + "2.3 million people came to the show.\n\n"
                + "Attendance was up. 4.5 Percent more came than last year, the organisers said.\n");
        List<String> read = figures(d);
        assertEquals(2, read.size(), read.toString());
        assertEquals("2.3 million", read.get(0), "a figure first on its line, a lower-case word after it");
        assertEquals("4.5", read.get(1), "a figure opening a sentence in the middle of a line");
    }

    @Test
    void aFigureOrADateOpeningAHeadlineInCapitalsIsNoLabel() throws Exception {
        DocumentAnalysis d = read("2.5 Million Homes Without Power After Storm\n\n"
                + "Crews worked through the night to restore supply to the region's towns.\n");
        List<String> read = figures(d);
        assertTrue(read.stream().anyMatch(f -> f.startsWith("2.5")), read.toString());
    }

    @Test
    void aThreadPostsCounterIsNoFigure() throws Exception {
        DocumentAnalysis d = read("Ferry news thread\n\n"
                + "2/4 Two crossings were cancelled on Friday because of the wind, the operator said.\n\n"
                + "3/4 About 300 passengers waited at the harbour for the evening boat.\n\n"
                + "The harbour master said 3/4 of the berths were empty.\n");
        // the counters are gone; the share in the last sentence, not first on its line, is still read
        assertEquals(List.of("Two", "About 300", "3", "4"), figures(d));
    }

    @Test
    void aLineOpeningOnADateOrAVoteIsNoThreadCounter() throws Exception {
        DocumentAnalysis d = read("Timeline of the outbreak\n\n"
                + "3/15 The first case was confirmed at the district hospital.\n\n"
                + "The committee voted and 7/9 Judges backed the appeal.\n");
        assertEquals(List.of("3", "15", "7", "9"), figures(d));
    }
}
