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
}
