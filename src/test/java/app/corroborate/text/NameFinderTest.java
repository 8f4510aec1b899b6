package app.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameFinderTest {

    private final TokenDictionary dictionary = new TokenDictionary();

    private List<String> names(String text) {
        Tokens t = new Tokenizer(dictionary).tokenize(text);
        Set<Integer> inner = NameFinder.innerCapitalised(text, t, List.of(new Span(0, text.length())));
        return new NameFinder(dictionary)
                .find(text, t, 0, t.count(), inner).stream()
                        .map(n -> n.span().of(text))
                        .toList();
    }

    @Test
    void aWordOpeningAQuotedLineIsNoName() {
        assertEquals(
                List.of("Wanjiru Kamau"),
                names("Wanjiru Kamau posted it.\n> Separately, she said fees rose.\n| Updated at noon"));
    }

    @Test
    void aNameOpeningAQuotedLineIsStillOneWhenItsNextWordIsCapitalised() {
        assertEquals(List.of("Wanjiru Kamau", "Wanjiru Kamau"), names("Wanjiru Kamau said.\n> Wanjiru Kamau agreed."));
    }

    @Test
    void aNumberWordOpeningACountIsNoNameButOneInsideANameIs() {
        assertEquals(
                List.of("Novi Sad", "R1"),
                names("We met in Novi Sad. [R1] Nineteen dead after the raid, and Eighty years on it still hurts."));
        assertEquals(
                List.of("Three Gorges Dam", "Standard Three"),
                names("At the Three Gorges Dam a Standard Three pupil waved."));
    }

    @Test
    void aWordAfterAFootnoteMarkOpensALine() {
        assertEquals(List.of("Tonga Cable"), names("Tonga Cable said so.\n[5] Contemporary reporting, January 2019."));
    }
}
