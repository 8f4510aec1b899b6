package app.corroborate.flag;

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
    void extensionsAndSingleLetters() {
        assertTrue(Spelling.extension("Baloch", "Balochistan"));
        assertFalse(Spelling.extension("Afghan", "Afghans"));
        assertTrue(Spelling.oneLetter("Varga", "Warga"));
        assertFalse(Spelling.oneLetter("Varga", "Vargas"));
    }
}
