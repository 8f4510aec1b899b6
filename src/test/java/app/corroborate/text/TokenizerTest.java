package app.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final TokenDictionary dictionary = new TokenDictionary();
    private final Tokenizer tokenizer = new Tokenizer(dictionary);

    private List<String> tokens(String text) {
        Tokens t = tokenizer.tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.count(); i++) {
            out.add(t.span(i).of(text) + "/" + t.kind(i).name().charAt(0));
        }
        return out;
    }

    @Test
    void wordsKeepApostrophesHyphensAndInitials() {
        assertEquals(
                List.of("Pakistan\u2019s/W", "decades-long/W", "U.S./W", "don't/W", "./P"),
                tokens("Pakistan\u2019s decades-long U.S. don't."));
    }

    @Test
    void numbersKeepSeparatorsDecimalsAndSuffixes() {
        assertEquals(
                List.of("1,600/N", "3.5/N", "2nd/N", "1990s/N", ",/P", "$/P", "12/N", "./P"),
                tokens("1,600 3.5 2nd 1990s, $12."));
    }

    @Test
    void thousandsGroupedBySingleSpacesAreOneNumber() {
        assertEquals(
                List.of("12 000/N", "1\u00A0250\u202F000/N", "2023/N", "500/N", "12/N", "000/N", "3/N", "30/N"),
                tokens("12 000 1\u00A0250\u202F000 2023 500 12\n000 3 30"));
        assertEquals(List.of("12/N", "000.5/N", "R/W", "2 500/N"), tokens("12 000.5 R2 500"));
    }

    @Test
    void quotesAndDashesArePunctuationTokens() {
        assertEquals(
                List.of("\u201C/P", "Herof/W", "\u201D/P", "\u2014/P", "storm/W"),
                tokens("\u201CHerof\u201D \u2014 storm"));
    }

    @Test
    void equalNormalisedFormsShareOneId() {
        Tokens a = tokenizer.tokenize("Pakistan\u2019s \u201Cstorm\u201D");
        Tokens b = tokenizer.tokenize("PAKISTAN's \"storm\"");
        for (int i = 0; i < a.count(); i++) {
            assertEquals(a.id(i), b.id(i));
        }
        assertNotEquals(a.id(0), a.id(2));
        assertEquals("pakistan's", dictionary.form(a.id(0)));
    }

    @Test
    void spansIndexTheOriginalText() {
        String text = "  Prices\u00A0rose \u2014 sharply.";
        Tokens t = tokenizer.tokenize(text);
        assertEquals("Prices", t.span(0).of(text));
        assertEquals("rose", t.span(1).of(text));
        assertEquals(1, t.firstStartingAtOrAfter(7));
    }

    @Test
    void invisibleCharactersInsideAWordOrNumberAreSeenThrough() {
        String text = "\u2067311\u2069 homes, 3\u200B1\u00AD1 homes, flo\u200Doded";
        Tokens t = tokenizer.tokenize(text);
        assertEquals(
                List.of("311/N", "homes/W", ",/P", "3\u200B1\u00AD1/N", "homes/W", ",/P", "flo\u200Doded/W"),
                tokens(text));
        assertEquals(t.id(0), t.id(3), "311 wrapped in isolates and 311 with zero-width characters read alike");
        assertEquals("311", dictionary.form(t.id(3)));
        assertEquals("flooded", dictionary.form(t.id(6)));
    }

    @Test
    void aCurrencyAbbreviationWrittenAgainstItsFigureIsAWordOfItsOwn() {
        assertEquals(List.of("Sh/W", "75/N", "KSh/W", "9/N", "H3/W", "MH17/W"), tokens("Sh75 KSh9 H3 MH17"));
    }

    @Test
    void aCurrencyAbbreviationGluedToAFigureWithItsScaleIsAWordOfItsOwn() {
        assertEquals(List.of("Shs/W", "5m/N", "Rs/W", "2bn/N", "Mp3s/W"), tokens("Shs5m Rs2bn Mp3s"));
    }

    @Test
    void aSingleCapitalGluedToADecimalOrGroupedFigureIsACurrencySign() {
        assertEquals(
                List.of(
                        "N/W",
                        "2.5/N",
                        "billion/W",
                        "R/W",
                        "3,400/N",
                        "A4/W",
                        "B12/W",
                        "PHP/W",
                        "87.3/N",
                        "KES/W",
                        "1,200/N",
                        "MH17/W"),
                tokens("N2.5 billion R3,400 A4 B12 PHP87.3 KES1,200 MH17"));
        assertEquals(
                List.of("K/W", "21/N", "million/W", "A4/W", "rule/W", "K/W", "421m/N", "B52s/W"),
                tokens("K21 million A4 rule K421m B52s"));
    }
}
