package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.facts.Spelling;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void variantsByDistance() {
        assertTrue(Spelling.variants("Sarfaraz", "Sarfraz"));
        assertTrue(Spelling.variants("Noshki", "Nushki"));
        assertFalse(Spelling.variants("Pakistan", "Pakistani"));
        assertFalse(Spelling.variants("India", "Indian"));
        assertFalse(Spelling.variants("U.S.", "US"));
        assertFalse(Spelling.variants("Quetta", "Gwadar"));
        assertTrue(Spelling.variants("Müller", "Mueller"), "diacritics fold");
    }

    @Test
    void britishAndAmericanHouseSpellingsAreNoVariants() {
        assertFalse(Spelling.variants("Organisation", "Organization"));
        assertFalse(Spelling.variants("Centre", "Center"));
        assertFalse(Spelling.variants("Defence", "Defense"));
        assertFalse(Spelling.variants("Programme", "Program"));
        assertTrue(Spelling.variants("Organisation", "Organisaton"));
        assertTrue(Spelling.variants("Kagadi", "Kagodi"));
        assertTrue(Spelling.houseSpellings("Organisation", "Organization"));
        assertFalse(Spelling.houseSpellings("Kagadi", "Kagodi"));
        assertTrue(Spelling.variants("Lisa", "Liza"), "a short name is no house spelling");
        assertTrue(Spelling.variants("Elisabeth", "Elizabeth"));
        assertTrue(Spelling.variants("Petre", "Peter"));
    }

    @Test
    void extensionsAndSingleLetters() {
        assertTrue(Spelling.extension("Baloch", "Balochistan"));
        assertFalse(Spelling.extension("Afghan", "Afghans"));
        assertTrue(Spelling.oneLetter("Varga", "Warga"));
        assertFalse(Spelling.oneLetter("Varga", "Vargas"));
    }

    @Test
    void lettersWithAStrokeReadAsTheBareLetterAPageThatCannotSetThemWrites() {
        assertTrue(Spelling.plain("G\u0127aqda").equals(Spelling.plain("Ghaqda")), "Maltese h with a stroke");
        assertTrue(Spelling.plain("Tal-\u0126arrub").equals(Spelling.plain("Tal-Harrub")));
        assertTrue(Spelling.plain("\u0141\u00F3d\u017A").equals(Spelling.plain("Lodz")), "Polish L with a stroke");
        assertTrue(Spelling.plain("\u00D8rsted").equals(Spelling.plain("Orsted")));
        assertFalse(Spelling.plain("Farrugia").equals(Spelling.plain("Faruggia")), "a real misspelling stays one");
        assertTrue(Spelling.variants("Farrugia", "Faruggia"));
    }

    @Test
    void anOkinaAndAnApostropheAreOneMark() {
        assertEquals(Spelling.plain("Vava'u"), Spelling.plain("Vava\u02BBu"));
        assertEquals(Spelling.plain("Nuku'alofa"), Spelling.plain("Nuku\u2018alofa"));
    }
}
