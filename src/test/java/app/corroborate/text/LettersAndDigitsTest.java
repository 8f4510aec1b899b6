package app.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LettersAndDigitsTest {

    private static final String CLASS = "[^\\p{L}\\p{N} ]";

    @Test
    void spacedReadsAsTheRegularExpression() {
        for (String s : samples()) {
            assertEquals(s.replaceAll(CLASS, " ").replaceAll(" +", " ").strip(), LettersAndDigits.spaced(s), s);
        }
    }

    @Test
    void onlyReadsAsTheRegularExpression() {
        for (String s : samples()) {
            assertEquals(s.replaceAll(CLASS, "").strip(), LettersAndDigits.only(s), s);
        }
    }

    @Test
    void keepsWordsAndFiguresOfAQuote() {
        assertEquals("we will rebuild 1 000 homes", LettersAndDigits.spaced("\"we will rebuild -- 1,000 homes!\""));
        assertEquals("its over", LettersAndDigits.only("it's over."));
    }

    /** Fixed cases (marks, supplementary characters, lone surrogates, numbers of other scripts) and random ones. */
    private static List<String> samples() {
        List<String> out = new ArrayList<>(List.of(
                "",
                " ",
                "  a  b  ",
                "...",
                "a.b,c",
                "\u00BD and \u2163",
                "caf\u00E9 \u0915\u093F",
                "\uD835\uDC00x\uD83D\uDE00y",
                "\uD800 lone",
                "tab\there",
                "\u00A0nbsp\u00A0",
                "\u0660\u0661 arabic",
                "end ",
                "\u2028sep"));
        Random random = new Random(13);
        String alphabet = "aZ9 .,'-\u00E9\u0301\u00A0\u2009\u00BD\u0660\t\n\uD83D\uDE00\uD800\u4E2D%";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
