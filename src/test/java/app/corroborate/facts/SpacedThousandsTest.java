package app.corroborate.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.SourceImporter;
import app.corroborate.text.TokenDictionary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Thousands grouped by a space ("12 000 hectares") are one figure, and only they. */
class SpacedThousandsTest {

    private final TokenDictionary dictionary = new TokenDictionary();

    private DocumentAnalysis analyse(String text) throws Exception {
        var doc = new SourceImporter().fromBytes("page.txt", text.getBytes(StandardCharsets.UTF_8));
        return new DocumentAnalysis(doc, dictionary);
    }

    private List<Figures.Figure> figures(DocumentAnalysis d) {
        return d.sentences().stream()
                .flatMap(s -> s.numbers().stream())
                .map(n -> Figures.of(d, n))
                .toList();
    }

    /** Each figure as "text of its number phrase=value". */
    private List<String> read(String text) throws Exception {
        DocumentAnalysis d = analyse(text);
        return figures(d).stream()
                .map(f ->
                        f.phrase().span().of(d.text()) + "=" + (long) f.phrase().low())
                .toList();
    }

    @Test
    void thousandsGroupedByASpaceAreOneFigure() throws Exception {
        assertEquals(List.of("about 12 000=12000"), read("The fire burnt about 12 000 hectares of forest."));
        assertEquals(List.of("2 300=2300"), read("The flood reached 2 300 households in the north."));
        assertEquals(List.of("280 000=280000"), read("The drought affects 280 000 people, the ministry said."));
        assertEquals(List.of("1 250 000=1250000"), read("The fund holds 1 250 000 shares, the report said."));
    }

    @Test
    void aNoBreakThinOrNarrowSpaceGroupsAsWell() throws Exception {
        for (String space : List.of("\u00A0", "\u2009", "\u202F")) {
            String text = "The fire burnt 12" + space + "000 hectares of forest.";
            assertEquals(List.of("12" + space + "000=12000"), read(text), "U+" + Integer.toHexString(space.charAt(0)));
        }
    }

    @Test
    void aCurrencySignBeforeTheGroupsKeepsThem() throws Exception {
        assertEquals(
                List.of("about N$14 000=14000"), read("Each farmer gets about N$14 000 in drought relief, she said."));
        assertEquals(List.of("2 500=2500"), read("Each household gets R2 500 a month, she said."));
        assertEquals(List.of("10 000-15 000=10000"), read("The crowd was put at 10 000-15 000 by police."));
    }

    @Test
    void theWholeGroupedFigureIsTheSpanAndItCountsTheWordAfterIt() throws Exception {
        DocumentAnalysis d = analyse("The fire burnt about 12 000 hectares of forest.");
        Figures.Figure f = figures(d).get(0);
        assertEquals("about 12 000 hectares", f.span().of(d.text()));
        assertTrue(
                f.unit().stream().anyMatch(u -> u.startsWith("hectare")),
                f.unit().toString());
    }

    @Test
    void aFigureGroupedBySpaceIsTheSameQuantityAsOneGroupedByCommas() throws Exception {
        Figures.Figure spaced = figures(analyse("The fire burnt about 12 000 hectares of forest."))
                .get(0);
        Figures.Figure commas = figures(analyse("The fire burnt more than 12,000 hectares of forest."))
                .get(0);
        assertEquals(commas.phrase().low(), spaced.phrase().low());
        assertTrue(spaced.sameQuantity(commas));
    }

    @Test
    void figuresThatAreNotGroupsStaySeparate() throws Exception {
        assertEquals(List.of("2023=2023", "500=500"), read("In 2023 500 people lost their homes, it said."));
        assertEquals(List.of("5=5", "6=6"), read("The boys were aged 5 or 6 at the time, she said."));
        assertEquals(List.of("3=3", "30=30"), read("The bus left at 3 30 minutes late, she said."));
        assertEquals(List.of("12=12", "000=0"), read("The team scored 12  000 points, he said."));
        assertEquals(List.of("12=12", "000=0"), read("The team listed 12\n000 items, he said."));
    }

    @Test
    void groupsThatRunOnIntoADecimalPartAreNotJoined() throws Exception {
        assertEquals(List.of("12=12", "000.5=0"), read("It weighed 12 000.5 tonnes, he said."));
        assertEquals(List.of("12=12", "000,50=0"), read("It cost 12 000,50 euros, he said."));
        assertEquals(List.of("0.5=0", "000=0"), read("It rose by 0.5 000 points, he said."));
    }

    @Test
    void aDateALabelOrAUnitKeepsTwoNumbersApart() throws Exception {
        assertTrue(read("On June 14 250 runners set off from the harbour.").contains("250=250"));
        assertTrue(read("The blast hit Group 4 500 metres away, the army said.").contains("500=500"));
        assertTrue(
                read("It was among the top 10 100m times this year.").stream().noneMatch(f -> f.endsWith("=10100")));
    }
}
