package app.corroborate.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void theListenerAddressedAsYouIsAPronounNotANamedSpeaker() {
        TokenDictionary dictionary = new TokenDictionary();
        String sentence = "You told us the dam was safe last week.";
        Tokens tokens = new Tokenizer(dictionary).tokenize(sentence);
        Attribution a = new AttributionFinder(dictionary).find(sentence, tokens, 0, tokens.count());
        assertEquals(true, a.pronoun(), a.toString());
    }

    @Test
    void theAccusedOfATrialAreNoVerbOfSaying() {
        assertEquals("The accused", speaker("The accused told the court he was innocent."));
        assertNull(attribution("At 02:40 on 9 March the accused were stopped at a roadblock near the reserve."));
        assertNull(attribution("Under the Act accused 1, 2 and 3 are declared unfit to possess a firearm."));
        assertEquals("Police", speaker("Police accused the driver of speeding."));
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

    private static Attribution attribution(String sentence) {
        TokenDictionary dictionary = new TokenDictionary();
        Tokens tokens = new Tokenizer(dictionary).tokenize(sentence);
        return new AttributionFinder(dictionary).find(sentence, tokens, 0, tokens.count());
    }

    @Test
    void anAdverbBetweenTheSubjectAndItsVerbIsNotTheSpeaker() {
        assertEquals(
                "The Department of Roads",
                speaker(
                        "The Department of Roads, which has been criticised by villagers for years, now says it has set aside money for barriers."));
        assertEquals("the council", speaker("On Friday the council has now said the road will reopen."));
    }

    @Test
    void aParticipleAfterAPrepositionIsNoStatement() {
        assertNull(attribution("The school was built in 1974, with an extension added in 2011."));
        assertEquals("police", speaker("The school was built in 1974, with an extension added in 2011, police said."));
    }

    @Test
    void thePassiveWithAnAdverbAttributesNothing() {
        assertNull(attribution("Parents were first told about the closure by text message on Sunday."));
        assertNull(attribution("The six were later reported missing."));
        assertNull(attribution("Now I am told to come and collect her body."));
    }

    @Test
    void aNounPhraseDoesNotRunIntoTheClauseBeforeIt() {
        assertEquals(
                "the villagers of Upper Marsh",
                speaker("The court voided a lease over forest the villagers of Upper Marsh say they have farmed."));
        assertEquals(
                "Prime Minister Ana Ruiz called off a trip to Brussels",
                speaker("Prime Minister Ana Ruiz called off a trip to Brussels and said aid would follow."));
        assertEquals(
                "The Commission (EC)",
                speaker("The Commission (EC), which investigated the case, said it had traced the money."));
        assertEquals("Residents near the river", speaker("Residents near the river said the water rose fast."));
        assertEquals("Witnesses outside the court", speaker("Witnesses outside the court said they saw him."));
        assertEquals("a friend", speaker("By 7 p.m. they had not returned and a friend reported them overdue."));
        assertEquals(
                "Lawyers representing the families",
                speaker("Lawyers representing the families said they would appeal."));
        assertEquals("The head of the agency", speaker("The head of the agency said the plant was safe."));
        assertEquals(
                "the mayor and the police chief",
                speaker("Yesterday the mayor and the police chief said it was safe."));
    }

    @Test
    void aRelativeClauseInsideTheSpeakersWordsIsNotTheSpeaker() {
        assertEquals(
                "district council workers",
                speaker("Dead fish lined 10 km of coast, according to district council workers who spent the day "
                        + "filling sacks."));
        assertEquals(
                "Codelco's rescue engineers",
                speaker("They began drilling, a job that Codelco's rescue engineers estimated would take 48 hours."));
    }

    @Test
    void aBodysNameThatListsItsFieldsIsOneSpeaker() {
        assertEquals(
                "the Ministry of Agriculture, Water and Land Reform",
                speaker("Swarms damaged crops on 12 000 hectares, affecting 2 300 households, the Ministry of "
                        + "Agriculture, Water and Land Reform said on Tuesday."));
        assertEquals(
                "Mr Tan",
                speaker("The council closed the road, the bridge and the car park, Lim Chee Wah, Mr Tan said."));
    }

    @Test
    void aNameAfterTheVerbThatStartsTheReportedClauseIsNotTheSpeaker() {
        Attribution a =
                attribution("The union, which called the strike, says Kestrel owes its pilots four months' pay.");
        assertEquals(
                false,
                a.speaker() != null
                        && "Kestrel owes its pilots four months"
                                .equals(
                                        "The union, which called the strike, says Kestrel owes its pilots four months' pay."
                                                .substring(
                                                        a.speaker().start(),
                                                        a.speaker().end())));
        assertEquals("Mayor Ana Ruiz", speaker("The road will reopen on Monday, said Mayor Ana Ruiz."));
    }
}
