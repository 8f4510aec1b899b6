package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteRuleTest {

    private static final String BASE = "\"The dam is structurally sound and there is no risk of failure,\" said "
            + "Tomas Reiner, a spokesman for the water authority.";

    @Test
    void changedWordsInsideAQuoteAreFlagged() {
        String version = "\"The dam is safe and there is no danger of failure,\" said Tomas Reiner, a spokesman for "
                + "the water authority.";
        List<Finding> f = Cases.run(new QuoteRule(), BASE, version);
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).explanation().startsWith("The quotation changed"),
                f.get(0).explanation());
    }

    @Test
    void aQuotationThatRunsOnPastItsSentenceIsReadWithoutFailing() {
        String base =
                "The mayor spoke to reporters on Monday morning at the town hall. \"We will rebuild the old bridge "
                        + "across the river. It will take a year and cost a great deal,\" she said.";
        String version = "The mayor spoke to reporters on Monday morning at the town hall. \"Nobody can say when the "
                + "crossing opens again. Traffic goes round by the ring road,\" she said.";
        List<Finding> f = Cases.run(new QuoteRule(), base, version);
        assertTrue(f.stream().allMatch(x -> x.explanation() != null), f.toString());
    }

    @Test
    void wholeSentencesOfALongerQuoteAreASelectionButATrimInsideOneIsNot() {
        String base = "The court ruled for the villagers. \"Their occupation of this land did not begin with a survey "
                + "map. The State cannot, by issuing a lease, extinguish rights it never lawfully extinguished,\" "
                + "Justice Azlina said.";
        String second = "The court ruled for the villagers. \"The State cannot, by issuing a lease, extinguish rights "
                + "it never lawfully extinguished,\" Justice Azlina said.";
        assertEquals(List.of(), Cases.run(new QuoteRule(), base, second));
        String trimmed = "The court ruled for the villagers. \"Their occupation of this land did not begin with a "
                + "survey map. The State cannot, by issuing a lease, extinguish rights,\" Justice Azlina said.";
        assertEquals(1, Cases.run(new QuoteRule(), base, trimmed).size());
        String withTitle = "The court ruled for the villagers. \"We told Mr. Ahmad the U.S. Army had left the valley. "
                + "The State cannot extinguish rights it never lawfully extinguished,\" Justice Azlina said.";
        String cutAfterTitle = "The court ruled for the villagers. \"We told Mr. Ahmad the U.S.\" Justice Azlina said.";
        assertEquals(1, Cases.run(new QuoteRule(), withTitle, cutAfterTitle).size(), "no sentence ends at 'U.S.'");
    }

    @Test
    void anIdenticalQuoteIsNotFlagged() {
        String version = "Tomas Reiner, a spokesman for the water authority, said: \u201CThe dam is structurally "
                + "sound and there is no risk of failure.\u201D";
        assertEquals(List.of(), Cases.run(new QuoteRule(), BASE, version));
    }

    @Test
    void aQuoteACopyOfTheWireReplacesByAParaphraseIsFlagged() {
        String around =
                " The reservoir rose by two metres overnight after heavy rain. Engineers opened the spillway gates"
                        + " on Tuesday morning. Residents downstream were told to stay away from the river banks.";
        String version = "Tomas Reiner, a spokesman for the water authority, said the dam was structurally sound "
                + "with no risk of failure." + around;
        List<Finding> f = Cases.run(new QuoteRule(), BASE + around, version);
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).explanation().contains("replaced here by a paraphrase"),
                f.get(0).explanation());
    }

    @Test
    void aQuoteBothChangedAndReassignedGivesBothFindings() {
        String base = "Union leader Hana Kowalczyk said members would stay out \"until the employers stop insulting "
                + "us.\"";
        String version = "\"We stay out until the employers stop insulting us,\" union spokesman Piotr Lis said.";
        List<Finding> f = Cases.run(new QuoteRule(), base, version);
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.get(1).explanation().contains("another speaker"), f.get(1).explanation());
    }

    @Test
    void aQuoteRetoldAsReportedSpeechIsFlagged() {
        String base = "Lead researcher Amina Okafor said the vaccine was \"the most promising tool we have had in two "
                + "decades.\"";
        String version =
                "Amina Okafor, who led the research, called it the best tool against the disease in twenty " + "years.";
        List<Finding> f = Cases.run(new QuoteRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("replaced here by a paraphrase"));
    }

    @Test
    void aParaphrasePresentedAsAQuoteIsFlagged() {
        String base = "The latest total is the highest number of rescues in a single week, the mayor said.";
        String version =
                "The mayor said \u201Cthe latest total is the highest number of rescues in a single week.\u201D";
        List<Finding> f = Cases.run(new QuoteRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).explanation().contains("presented here as a direct quote"),
                f.get(0).explanation());
    }

    @Test
    void aQuoteGivenToAnotherSpeakerIsFlaggedOnTheSpeakers() {
        String base = "Justice Tomasz Wierzbicki wrote that the majority had \"rewritten the constitution from the "
                + "bench.\"";
        String version = base.replace("Tomasz Wierzbicki", "Helena Marsh");
        Collation c = Cases.collate(base, version);
        List<Finding> f = Cases.run(new QuoteRule(), c, 1);
        assertEquals(1, f.size());
        assertEquals("Justice Helena Marsh wrote", Cases.variant(c, 1, f.get(0)));
    }

    @Test
    void aQuoteSplitAroundItsAttributionIsNotAltered() {
        String base = "\"We acted at once and we will go on searching until every crew member is found,\" the "
                + "harbour master, Lena Ostrova, said on Tuesday.";
        String version = "\"We acted at once,\" the harbour master, Lena Ostrova, said on Tuesday, \"and we will "
                + "go on searching until every crew member is found.\"";
        assertEquals(List.of(), Cases.run(new QuoteRule(), base, version));
        assertEquals(List.of(), Cases.run(new QuoteRule(), version, base));
    }

    @Test
    void aSplitQuoteGivenToAnotherSpeakerIsStillFlaggedOnce() {
        String base = "\"We acted at once and we will go on searching until every crew member is found,\" the "
                + "harbour master, Lena Ostrova, said on Tuesday.";
        String version = "\"We acted at once,\" the port director, Ivo Marsh, said on Tuesday, \"and we will "
                + "go on searching until every crew member is found.\"";
        List<Finding> f = Cases.run(new QuoteRule(), base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("another speaker"), f.get(0).explanation());
    }

    @Test
    void houseStyleInsideAQuoteIsNotAnAlteredQuote() {
        String base = "\"The council will spend \u20B912 crore on the bridge and 40% of it comes from the state,\" "
                + "the mayor, Anil Varma, said.";
        String version = "\"The council will spend Rs 12 crore on the bridge and 40 per cent of it comes from the "
                + "state,\" the mayor, Anil Varma, said.";
        assertEquals(List.of(), Cases.run(new QuoteRule(), base, version));
    }

    @Test
    void aQuoteCutShortWithTheRestInReportedSpeechIsNotAltered() {
        String base = "The mayor, Anil Varma, said: \"Before the monsoon returns we will rebuild every school the "
                + "flood destroyed.\"";
        String version = "Before the monsoon returns, the mayor, Anil Varma, said, the city would \"rebuild every "
                + "school the flood destroyed.\"";
        assertEquals(List.of(), Cases.run(new QuoteRule(), base, version));
    }

    @Test
    void aQuoteCutShortAndLeftStandingIsStillAltered() {
        String base = "\"We will rebuild every school the flood destroyed and pay every teacher through the "
                + "winter,\" the mayor, Anil Varma, said.";
        String version = "\"We will rebuild every school the flood destroyed,\" the mayor, Anil Varma, said.";
        List<Finding> f = Cases.run(new QuoteRule(), base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(
                f.get(0).explanation().startsWith("The quotation changed"),
                f.get(0).explanation());
    }

    @Test
    void theRestOfASpeechToldInReportedSpeechIsNotAParaphrasedQuote() {
        String base = "\"The levee held overnight, but the river is still rising,\" county engineer Mara Quist told "
                + "reporters. \"If it tops the wall, the lower town floods within an hour.\"";
        String version = "\"The levee held overnight, but the river is still rising,\" county engineer Mara Quist told "
                + "reporters. She warned that if the river topped the wall the lower town would flood within an hour.";
        assertEquals(List.of(), Cases.run(new QuoteRule(), base, version));
    }

    @Test
    void aQuoteSplitAcrossTwoSentencesAroundItsAttributionKeepsItsWords() {
        String base = "\"This was not an accident. Somebody set out poisoned bait knowing full well what would come "
                + "to eat it,\" U.S. Attorney Marta Quell said at a news conference.";
        String version = "\"This was not an accident,\" U.S. Attorney Marta Quell told reporters. \"Somebody set out "
                + "poisoned bait knowing full well what would come to eat it.\"";
        assertEquals(
                List.of(),
                Cases.run(new QuoteRule(), base, version).stream()
                        .map(Finding::explanation)
                        .toList());
        assertEquals(
                List.of(),
                Cases.run(new AttributionRule(), base, version).stream()
                        .map(Finding::explanation)
                        .toList());
    }

    @Test
    void aHeadlineOrAQuoteThatLostItsOpeningMarkMayTrimTheBaseQuote() {
        String base = "Floods closed the valley road on Monday.\n\n"
                + "\"We have never seen the river this high. The bridge will stay shut,\" the mayor said.\n\n"
                + "Crews cleared debris through the night.";
        String version = "'Never seen the river this high': valley road shut by floods\n\n"
                + "Floods closed the valley road on Monday.\n\n"
                + "The bridge will stay shut,\" the mayor said.\n\n"
                + "Crews cleared debris through the night.";
        assertEquals(List.of(), Cases.run(new QuoteRule(), base, version));
    }

    @Test
    void aQuoteReplacedInPlaceUnderTheSameTagIsAlteredNotDropped() {
        String base = "Floods closed the valley road on Monday.\n\n"
                + "\"The water rose a metre in an hour,\" the mayor told reporters.\n\n"
                + "\"Crews are clearing the debris now,\" he added.\n\n"
                + "Schools in the valley stayed shut on Tuesday.";
        String version = base.replace("Crews are clearing the debris now", "Teams were still busy at the scene");
        Collation c = Cases.collate(base, version);
        List<Finding> f = Cases.run(new QuoteRule(), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertEquals("\"Teams were still busy at the scene,\"", Cases.variant(c, 1, f.get(0)));
        assertEquals(List.of(), Cases.run(new DroppedSentenceRule(), c, 1));
        String otherTag = version.replace("he added", "a neighbour said");
        assertTrue(Cases.run(new QuoteRule(), base, otherTag).isEmpty());
    }

    private static final String HOSPITAL =
            "Seven people died when the ferry capsized on Monday evening. \"Malnutrition "
                    + "and late arrival at hospital made these cases much worse,\" Dr Anjali Perera said. The port stayed shut.";

    /** The quote findings on a rewrite of {@link #HOSPITAL} whose middle sentence reports it as {@code speech}. */
    private static List<Finding> reported(String speech) {
        String rewrite = "Seven people were killed when the ferry capsized on Monday evening. " + speech
                + " The port was closed.";
        String other = "Officials confirmed the capsizing on Monday. The port stayed shut for the night.";
        return Cases.run(new QuoteRule(), Cases.collate(HOSPITAL, rewrite, other), 1);
    }

    @Test
    void reportedSpeechThatKeepsTheQuotesWordsAndSpeakerIsNoAlteredQuote() {
        List<Finding> f = reported(
                "Dr Anjali Perera said malnutrition and late arrival at hospital had made the cases much worse.");
        assertTrue(f.isEmpty(), f.toString());
    }

    @Test
    void reportedSpeechGivenToNoOneByNameIsStillFlagged() {
        List<Finding> f =
                reported("A doctor said malnutrition and late arrival at hospital had made the cases much worse.");
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void aQuoteKeptWholeWithASentenceOfTheVersionsOwnAddedIsNotAlteredButARewordedSentenceIs() {
        String base =
                "Neighbours described the blast. \"We heard a second bang a few seconds later, and then we saw the "
                        + "smoke,\" said a woman who lives on the square. \"The greatest risk now is to the houses nearby,\" "
                        + "the fire chief said.";
        String added = "Neighbours described the blast. \"All the windows in my kitchen came in and the dog would not "
                + "stop barking. We heard a second bang a few seconds later, and then we saw the smoke,\" said a woman "
                + "who lives on the square. \"The greatest risk now is to the houses nearby,\" the fire chief said.";
        assertEquals(List.of(), Cases.run(new QuoteRule(), base, added));
        String reworded = "Neighbours described the blast. \"We heard a second bang a few seconds later, and then we "
                + "saw the smoke. The only risk now is to the houses nearby,\" said a woman who lives on the square.";
        assertTrue(
                Cases.run(new QuoteRule(), base, reworded).stream()
                        .anyMatch(f -> f.explanation().contains("greatest risk")),
                "a sentence of another quote reworded inside the kept one is still an altered quote");
    }

    @Test
    void aShortSentenceAddedToAKeptQuoteIsReadAsAlteredWhenTheBaseQuotedItOtherwise() {
        String base = "The mayor visited the flooded street. \"We will rebuild every house on this street,\" she said. "
                + "\"Nobody died,\" she added.";
        String version =
                "The mayor visited the flooded street. \"We will rebuild every house on this street. Ten people "
                        + "died,\" she said.";
        assertTrue(
                !Cases.run(new QuoteRule(), base, version).isEmpty(), "too short to tell new words from reworded ones");
    }
}
