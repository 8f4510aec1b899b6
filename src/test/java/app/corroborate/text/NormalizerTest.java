package app.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void foldsQuotesDashesSpacesAndCase() {
        Normalizer.NormalizedText n = Normalizer.normalize("\u201CIt\u2019s  OVER\u201D \u2014\u00A0he\tsaid");
        assertEquals("\"it's over\" - he said", n.text());
    }

    @Test
    void dropsInvisibleCharactersAndTrims() {
        assertEquals(
                "co-operate",
                Normalizer.normalize("  co\u00AD-\u200Boperate \n").text());
    }

    @Test
    void mapsNormalizedRangesBackToTheOriginal() {
        String original = "  The  \u201Cblack storm\u201D  began";
        Normalizer.NormalizedText n = Normalizer.normalize(original);
        int at = n.text().indexOf("\"black storm\"");
        Span back = n.toOriginal(at, at + "\"black storm\"".length());
        assertEquals("\u201Cblack storm\u201D", back.of(original));
        int began = n.text().indexOf("began");
        assertEquals("began", n.toOriginal(began, began + 5).of(original));
    }

    @Test
    void collapsedWhitespaceMapsToItsFirstCharacter() {
        String original = "a \n\t b";
        Normalizer.NormalizedText n = Normalizer.normalize(original);
        assertEquals("a b", n.text());
        assertEquals(new Span(1, 2), n.toOriginal(1, 2));
        assertEquals(Span.at(original.length()), n.toOriginal(3, 3));
    }

    @Test
    void dropsBidiControlsAndOtherFormatCharactersKeepingOffsetsIntoTheOriginal() {
        String original = "Police counted \u2067311\u2069 homes\u202E and \u200E2\u2060 cars";
        Normalizer.NormalizedText n = Normalizer.normalize(original);
        assertEquals("police counted 311 homes and 2 cars", n.text());
        int at = n.text().indexOf("311 homes");
        assertEquals(
                "311\u2069 homes", n.toOriginal(at, at + "311 homes".length()).of(original));
        for (char c : "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            assertEquals(Normalizer.DROP, Normalizer.fold(c), Integer.toHexString(c));
        }
    }

    @Test
    void textAloneIsTheTextOfTheFullNormalisation() {
        for (String s :
                new String[] {"", "  ", " A\u00AD b\u200B\t\n c ", "\u201CIt\u2019s\u201D \u2014 x", "\uFEFFz  "}) {
            assertEquals(Normalizer.normalize(s).text(), Normalizer.text(s), s);
        }
    }
}
