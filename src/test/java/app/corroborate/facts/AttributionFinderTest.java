package app.corroborate.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.corroborate.text.TokenDictionary;
import app.corroborate.text.Tokenizer;
import app.corroborate.text.Tokens;
import org.junit.jupiter.api.Test;

class AttributionFinderTest {

    private static String speaker(String sentence) {
        TokenDictionary dictionary = new TokenDictionary();
        Tokens tokens = new Tokenizer(dictionary).tokenize(sentence);
        Attribution a = new AttributionFinder(dictionary).find(sentence, tokens, 0, tokens.count());
        return sentence.substring(a.speaker().start(), a.speaker().end());
    }

    @Test
    void aSentenceAdverbThatOpensTheClauseIsNotPartOfTheSpeaker() {
        assertEquals("residents", speaker("Beforehand, residents asserted that five people were trapped."));
        assertEquals("the harbour master", speaker("Meanwhile, the harbour master said the port would reopen."));
    }

    @Test
    void aNameThatOpensTheClauseBeforeAnAppositiveStaysTheSpeaker() {
        String said = speaker("Ostria, the river's upstream neighbour, denied that it had opened the dam.");
        assertEquals(true, said.startsWith("Ostria,"), said);
    }

    @Test
    void aPhraseThatOpensTheClauseWithoutACommaIsNotPartOfTheSpeaker() {
        assertEquals("it", speaker("In a statement it said that the pay was late."));
        assertEquals("the ministry", speaker("On Monday the ministry said that the pay was late."));
        assertEquals("Local residents", speaker("Local residents said that the pay was late."));
    }

    @Test
    void aConjunctionJoiningTheClauseIsNotPartOfTheSpeaker() {
        assertEquals(
                "the authority",
                speaker(
                        "Algae has turned up in the lake's northern arm, though the authority says the water is safe."));
        assertEquals(
                "Ms Ruiz",
                speaker("Fines rise to $1,200 for repeat breaches, though Ms Ruiz said inspectors would warn first."));
    }
}
