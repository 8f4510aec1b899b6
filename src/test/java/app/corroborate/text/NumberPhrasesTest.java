package app.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberPhrasesTest {

    private final TokenDictionary dictionary = new TokenDictionary();

    private List<NumberPhrase> find(String text) {
        Tokens t = new Tokenizer(dictionary).tokenize(text);
        return new NumberPhrases(dictionary).find(t, 0, t.count());
    }

    @Test
    void readsDigitsWithSeparatorsAndDecimals() {
        List<NumberPhrase> found = find("It cost 1,600 rupees and rose 3.5 percent.");
        assertEquals(2, found.size());
        assertEquals(1600, found.get(0).low());
        assertEquals(3.5, found.get(1).low());
        assertEquals(NumberPhrase.Hedge.EXACT, found.get(0).hedge());
    }

    @Test
    void readsHedgesAsBounds() {
        String text = "killed at least 145 militants over roughly 40 hours";
        List<NumberPhrase> found = find(text);
        assertEquals("at least 145", found.get(0).span().of(text));
        assertEquals(NumberPhrase.Hedge.LOWER_BOUND, found.get(0).hedge());
        assertEquals("roughly 40", found.get(1).span().of(text));
        assertEquals(NumberPhrase.Hedge.APPROXIMATE, found.get(1).hedge());
    }

    @Test
    void upToAfterAVerbOfMovementIsWhereTheFigureGoesNotABound() {
        String text = "fines go up to $1,200, prices could rise by up to 5 percent and up to 40 crew";
        List<NumberPhrase> found = find(text);
        assertEquals(
                NumberPhrase.Hedge.EXACT,
                found.get(0).hedge(),
                found.get(0).span().of(text));
        assertEquals(NumberPhrase.Hedge.UPPER_BOUND, found.get(1).hedge(), "by up to");
        assertEquals(NumberPhrase.Hedge.UPPER_BOUND, found.get(2).hedge(), "a bare up to");
    }

    @Test
    void readsThreeWordHedgesBeforeTheirTwoWordTails() {
        String text = "a minimum of 40 boats, no more than 12 crew and in excess of 300 tonnes";
        List<NumberPhrase> found = find(text);
        assertEquals("a minimum of 40", found.get(0).span().of(text));
        assertEquals(NumberPhrase.Hedge.LOWER_BOUND, found.get(0).hedge());
        assertEquals(NumberPhrase.Hedge.UPPER_BOUND, found.get(1).hedge());
        assertEquals(NumberPhrase.Hedge.LOWER_BOUND, found.get(2).hedge());
    }

    @Test
    void aHedgeBeforeACurrencySignQualifiesTheFigure() {
        String text = "properties worth over \u20B9150 crore and at least $2 million";
        List<NumberPhrase> found = find(text);
        assertEquals(NumberPhrase.Hedge.LOWER_BOUND, found.get(0).hedge());
        assertTrue(
                found.get(0).span().of(text).startsWith("over"),
                found.get(0).span().of(text));
        assertEquals(NumberPhrase.Hedge.LOWER_BOUND, found.get(1).hedge());
    }

    @Test
    void aScaleWordJoinedByAHyphenScalesTheFigure() {
        List<NumberPhrase> found = find("after a 412-crore fraud and a $5-million deal");
        assertEquals(List.of(4.12e9, 5e6), found.stream().map(NumberPhrase::low).toList());
    }

    @Test
    void readsNumberWordsScalesAndDozens() {
        List<NumberPhrase> found = find("twelve boats, twenty-five cars, 1.2 million people and a dozen sites");
        assertEquals(
                List.of(12.0, 25.0, 1_200_000.0, 12.0),
                found.stream().map(NumberPhrase::low).toList());
    }

    @Test
    void readsRanges() {
        String text = "between 10 and 12 people, 30-40 homes and 5 to 7 days";
        List<NumberPhrase> found = find(text);
        assertEquals(
                List.of("between 10 and 12", "30-40", "5 to 7"),
                found.stream().map(p -> p.span().of(text)).toList());
        assertEquals(40, found.get(1).high());
        found.forEach(p -> assertEquals(NumberPhrase.Hedge.RANGE, p.hedge()));
    }

    @Test
    void ordersOfMagnitudeAreVague() {
        String text = "hundreds of passengers and tens of thousands of fans";
        List<NumberPhrase> found = find(text);
        assertEquals(
                List.of("hundreds", "tens of thousands"),
                found.stream().map(p -> p.span().of(text)).toList());
        assertTrue(found.get(0).vague() && found.get(0).covers(300));
        assertEquals(20000, found.get(1).low());
    }

    @Test
    void ordinalsAreNotCounts() {
        assertEquals(List.of(), find("the 2nd phase in the 1990s"));
    }

    @Test
    void readsIndianNumberingAndNewsroomAbbreviationsAsOneValue() {
        List<NumberPhrase> found = find("Rs 412 crore, 4.12 billion rupees, 4,120 mn, 25 lakhs, 25,00,000, 3.7 cr");
        assertEquals(
                List.of(4.12e9, 4.12e9, 4.12e9, 2.5e6, 2.5e6, 3.7e7),
                found.stream().map(NumberPhrase::low).toList());
    }

    @Test
    void aDecimalTimesAScaleHasNoBinaryNoise() {
        assertEquals(412 * 1e7, NumberPhrases.scaled(4.12, 1e9));
        assertEquals(7e8, NumberPhrases.scaled(0.7, 1e9));
    }

    @Test
    void readsAScaleAbbreviationWrittenAgainstTheFigure() {
        List<NumberPhrase> found = find("It paid \u20A62.4bn (about $1.6m) and N3.1 billion.");
        assertEquals(3, found.size(), found.toString());
        assertEquals(2.4e9, found.get(0).low());
        assertEquals(1.6e6, found.get(1).low());
        assertEquals(3.1e9, found.get(2).low());
    }

    @Test
    void aboveAndOlderThanAreLowerBounds() {
        List<NumberPhrase> found = find("Most were above 60 years of age and two were older than 80.");
        assertEquals(NumberPhrase.Hedge.LOWER_BOUND, found.get(0).hedge());
        assertEquals(60, found.get(0).low());
        NumberPhrase last = found.get(found.size() - 1);
        assertEquals(NumberPhrase.Hedge.LOWER_BOUND, last.hedge());
        assertEquals(80, last.low());
    }

    @Test
    void aShareWrittenAsAFractionIsReadInPerCent() {
        List<NumberPhrase> third = find("fewer than a third of the schools have conductors");
        assertEquals(1, third.size(), third.toString());
        assertEquals(100.0 / 3, third.get(0).low(), 1e-9);
        assertEquals(NumberPhrase.Hedge.UPPER_BOUND, third.get(0).hedge());
        assertEquals(50, find("production fell by nearly half last year").get(0).low());
        assertEquals(200.0 / 3, find("two-thirds of the crop was lost").get(0).low(), 1e-9);
        assertEquals(75, find("three quarters of the homes").get(0).low());
    }

    @Test
    void aFractionThatIsNoShareIsNotAFigure() {
        assertEquals(List.of(), find("in the third quarter the bank grew"));
        assertTrue(find("at about half past eleven she heard a lorry").stream().noneMatch(p -> p.low() == 50));
        assertEquals(List.of(), find("the match was stopped at half time"));
        assertTrue(find("the worst flooding in nearly a quarter of a century").isEmpty());
        assertTrue(find("sales rose in the second half of the year").isEmpty());
        assertTrue(find("it took three quarters of an hour").stream().noneMatch(p -> p.low() == 75));
    }

    @Test
    void aNumberWordWrittenWithItsUnitInOneWordIsAFigureOfThatUnit() {
        String text = "a seven-kilometer zone, a twenty-five-day strike, two-thirds of farms and a one-time payment";
        List<NumberPhrase> found = find(text);
        assertEquals(7, found.get(0).low());
        assertEquals("seven-kilometer", found.get(0).span().of(text));
        assertEquals(25, found.get(1).low());
        assertEquals("kilometer", NumberPhrases.gluedUnit("seven-kilometer"));
        assertEquals("day", NumberPhrases.gluedUnit("twenty-five-day"));
        assertEquals(null, NumberPhrases.gluedUnit("two-thirds"));
        assertTrue(found.stream().noneMatch(p -> p.span().of(text).startsWith("one")));
    }

    @Test
    void anOrdinalOrAScaleAfterAHyphenIsNoUnit() {
        assertEquals(null, NumberPhrases.gluedUnit("twenty-first"));
        assertEquals(null, NumberPhrases.gluedUnit("twenty-million"));
        assertEquals(null, NumberPhrases.gluedUnit("thirty-second"));
    }
}
