package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargedOwnSentencesTest {

    private static final WordingRule RULE = new WordingRule(Lexicon.standard(), Valence.standard());

    private static final String BASE = "A ferry ran aground off the northern coast on Monday, the port authority said. "
            + "All 212 passengers were taken ashore by lifeboats within three hours. "
            + "The authority said an inquiry into the grounding would begin this week.";

    private static List<Finding> own(String version) {
        Collation c = Cases.collate(BASE, version);
        return Cases.run(RULE, c, 1).stream()
                .filter(f -> f.explanation().contains("of this outlet's own"))
                .toList();
    }

    @Test
    void aLoadedTermInASentenceOnlyTheVersionTellsIsFlagged() {
        String version = BASE + " Critics say the rickety vessel had been kept in service by penny-pinching owners.";
        List<Finding> f = own(version);
        assertEquals(2, f.size(), f.toString());
        Collation c = Cases.collate(BASE, version);
        assertEquals("rickety", Cases.variant(c, 1, f.get(0)));
        assertEquals("penny-pinching", Cases.variant(c, 1, f.get(1)));
    }

    @Test
    void aLoadedTermInARetoldSentenceIsFlaggedAgainstTheBaseSentenceItRetells() {
        String version = "A ferry ran aground off the northern coast on Monday, the port authority said. "
                + "Witnesses watched lifeboats ferry passengers ashore for three hours in a botched rescue. "
                + "The authority said an inquiry into the grounding would begin this week.";
        Collation c = Cases.collate(BASE, version);
        List<Finding> f = Cases.run(RULE, c, 1).stream()
                .filter(x -> Cases.variant(c, 1, x).contains("botched"))
                .toList();
        assertEquals(1, f.size(), f.toString());
        assertNotNull(f.get(0).baseSpan());
        assertTrue(BASE.substring(f.get(0).baseSpan().start()).startsWith("All 212"), f.toString());
    }

    @Test
    void aSentenceOnlyTheVersionHasIsGivenTheBaseSentenceSharingItsWords() {
        String version = BASE + " Relatives said the passengers taken ashore had been left to fend for themselves "
                + "for hours.";
        Collation c = Cases.collate(BASE, version);
        List<Finding> f = own(version);
        assertEquals(1, f.size(), f.toString());
        assertEquals("left to fend", Cases.variant(c, 1, f.get(0)));
        assertNotNull(f.get(0).baseSpan());
    }

    @Test
    void aTermTheBaseOrAnotherSourceUsesIsNotTheOutletsOwn() {
        String base = BASE + " Residents called the vessel rickety.";
        Collation c = Cases.collate(
                base,
                base.replace(" Residents called the vessel rickety.", "")
                        + " The rickety boat was built in 1978 and had been sold twice.");
        assertEquals(
                List.of(),
                Cases.run(RULE, c, 1).stream()
                        .filter(f -> f.explanation().contains("of this outlet's own"))
                        .toList());
    }

    @Test
    void aQuotedOrNegatedTermIsNot() {
        assertEquals(List.of(), own(BASE + " \"It was a shambolic evacuation,\" one passenger said afterwards."));
        assertEquals(List.of(), own(BASE + " The crew were not inept, a harbour pilot said afterwards."));
    }

    @Test
    void aLoadedTermInAHeadlineOnlyTheVersionHasIsFlagged() {
        String base = "Ferry runs aground off northern coast\n\n" + BASE;
        String version =
                "Hundreds of passengers stranded for hours after the rickety old ferry runs aground off northern coast\n\n"
                        + BASE;
        Collation c = Cases.collate(base, version);
        List<Finding> f = Cases.run(RULE, c, 1);
        assertTrue(f.stream().anyMatch(x -> Cases.variant(c, 1, x).contains("rickety")), f.toString());
    }

    @Test
    void plainSentencesWithLiteralSensesOfIdiomsAreNot() {
        for (String added : new String[] {
            " The injured were kept in the hospital overnight.",
            " One family lives just down the road from the pier.",
            " Two crew members had burns on their hands.",
            " The Supreme Court sided with the operator last year.",
            " Passengers were asked to empty their pockets at the gate.",
            " The mayor posed for the cameras at the harbour.",
            " The boat was moored in a shady spot near the slipway.",
            " Fishermen were hauling in their nets when the ferry struck.",
            " A wave hit the railing against the wall of the pier."
        }) {
            assertEquals(List.of(), own(BASE + added), added);
        }
    }

    @Test
    void aTermIsTheOutletsOwnByItsHeadWordAndMayOpenTheSentence() {
        String base = BASE.replace("off the northern coast", "off the coast of the northern island");
        Collation c = Cases.collate(base, base + " The minister brushed off questions about the ferry's age.");
        assertEquals(
                1,
                Cases.run(RULE, c, 1).stream()
                        .filter(f -> f.explanation().contains("of this outlet's own"))
                        .count());
        assertEquals(
                1,
                own(BASE + " Tellingly, the minister did not visit the harbour that week.")
                        .size());
        assertEquals(
                1,
                own(BASE + " The owners crowed that the ferry had never missed a crossing.")
                        .size());
        assertEquals(List.of(), own(BASE + " The skipper admitted the charges at a hearing in March."));
    }
}
