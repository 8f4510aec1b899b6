package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetoldFiguresTest {

    private static final String BASE = "A ferry capsized on the river near Dunmore on Friday, killing at least 40 "
            + "passengers, police said.\n\n"
            + "About 90 people were injured, a hospital spokesman said.\n\n"
            + "Divers searched the hull through the night while relatives waited on the bank.\n\n"
            + "The cause of the accident was not immediately clear.";

    private static String retold(String figures) {
        return "Relatives waited on the bank as divers worked through the night at the wreck of the vessel.\n\n"
                + figures + "\n\n"
                + "Officials have not said what caused the vessel to overturn.";
    }

    private static List<Finding> numbers(Collation c) {
        return Cases.run(new NumberRule(), c, 1).stream()
                .filter(f -> f.kind() == FlagKind.NUMBER)
                .toList();
    }

    @Test
    void aBoundTurnedTheOtherWayInARetoldSentenceIsFlagged() {
        Collation c = Cases.collate(
                BASE, retold("The ferry overturned on Friday and at least 40 died, with more than 90 injured."));
        List<Finding> f = numbers(c);
        assertEquals(1, f.size(), f.toString());
        assertEquals("more than 90 injured", Cases.variant(c, 1, f.get(0)));
        assertTrue(f.get(0).explanation().contains("lower bound"), f.get(0).explanation());
    }

    @Test
    void aHedgeDroppedInARetoldSentenceIsLooseWordingNotAChange() {
        Collation c =
                Cases.collate(BASE, retold("The ferry overturned on Friday and at least 40 died, with 90 injured."));
        assertEquals(List.of(), numbers(c));
    }

    @Test
    void aChangedValueRepeatedWithAnotherHedgeIsOneFinding() {
        Collation c = Cases.collate(
                BASE,
                retold("The ferry overturned on Friday and at least 52 died. A police officer said 52 people "
                        + "were confirmed dead."));
        List<Finding> f = numbers(c);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("from 40 to 52"), f.get(0).explanation());
    }

    @Test
    void aSpanOfTimeIsNeverTheCountItFollows() {
        Collation c = Cases.collate(
                BASE,
                retold("Six months after at least 40 died when the ferry overturned, about 90 injured are still"
                        + " waiting for compensation."));
        assertEquals(List.of(), numbers(c));
    }

    @Test
    void aShareOfAWholeIsNoRetellingOfIt() {
        String base =
                "The train derailed near the town early on Sunday, killing at least 115 people, police said. About "
                        + "150 people were injured, he said.";
        String merged =
                "At least 115 people were killed and about 150 injured, 72 of them seriously, when an overnight "
                        + "passenger train derailed near the town.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, merged));
    }

    private static final String OUTAGE = "A fault at the main plant triggered a blackout that left about 680,000 "
            + "customers without electricity for up to 12 hours, the distributor said.\n\n"
            + "Engineers restored the last feeders on Tuesday morning.\n\n"
            + "The regulator said it would open its own investigation into the fault.";

    @Test
    void aFigureCountingTheSameThingAsTheBasesOnlyOneIsComparedInARetoldSentence() {
        Collation c = Cases.collate(
                OUTAGE,
                "Engineers restored the last feeders on Tuesday morning.\n\n"
                        + "People are furious after yet another botched operation plunged everyone into darkness, "
                        + "leaving some 700,000 customers sweating and stranded.\n\n"
                        + "The regulator said it would open its own investigation into the fault.");
        List<Finding> f = numbers(c);
        assertEquals(1, f.size(), f.toString());
        assertEquals("some 700,000 customers sweating", Cases.variant(c, 1, f.get(0)));
    }

    @Test
    void aUnitCountedTwiceOrAValueWithinTheApproximationIsLeftAlone() {
        Collation twice = Cases.collate(
                OUTAGE,
                "Engineers restored the last feeders on Tuesday morning.\n\n"
                        + "Some 700,000 customers lost power, and 20,000 customers were still waiting at noon.");
        assertEquals(List.of(), numbers(twice));
        Collation close = Cases.collate(
                OUTAGE,
                "Engineers restored the last feeders on Tuesday morning.\n\n"
                        + "Approximately 678,000 customers were affected when the generating units tripped.");
        assertEquals(List.of(), numbers(close));
    }

    @Test
    void peopleCountedUnderAnotherNounAreOneCount() {
        String base = "A seawall gave way on Sunday night and the sea poured into two villages.\n\n"
                + "About 1,200 residents were moved to shelters in schools, the regional office said.\n\n"
                + "The works ministry said repairs would take a month.";
        Collation c = Cases.collate(
                base,
                "The works ministry said repairs would take a month.\n\n"
                        + "Nearly 1,500 people were moved to shelters overnight as water stood a metre deep in the "
                        + "lanes of both villages, volunteers told the paper.");
        List<Finding> f = numbers(c);
        assertEquals(1, f.size(), f.toString());
        assertEquals("Nearly 1,500 people", Cases.variant(c, 1, f.get(0)));
    }

    @Test
    void aFigureSaidAgainForEmphasisIsStillTheOnlyOneOfItsUnit() {
        String base = "The union said examiners had been asked to mark up to 40 answer scripts a day.\n\n"
                + "Results were released in February.";
        String version = "Results were released in February.\n\n"
                + "Our teachers go to the centres and we were asked to mark sixty scripts a day. Sixty scripts. "
                + "You cannot do that properly.";
        List<Finding> f = numbers(Cases.collate(base, version));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("from 40 to 60"), f.get(0).explanation());
    }

    @Test
    void aFigureAHundredTimesAnotherInAnotherSentenceIsNoRetellingOfIt() {
        String base = "Two people have died of the fever in the district since March, health officials said.\n\n"
                + "Teams began spraying the marshes on Monday.";
        String version = "Teams began spraying the marshes on Monday.\n\n"
                + "The district is home to about 5,900 people, most of them farmers who live near the water.";
        assertEquals(List.of(), numbers(Cases.collate(base, version)));
    }

    @Test
    void theOneSpeedOfEachStoryIsComparedBesideAnAreaAndAClockTime() {
        Collation c = Cases.collate(
                "A mooring line broke in winds of up to 30 metres per second late on Wednesday, tearing a hole of "
                        + "around four square metres in the net.\n\nThe pen held about 180,000 fish.",
                "A mooring line was broken and a tear of approximately four square metres was found in the net. The "
                        + "net was secured at 08:30.\n\nThe pen held about 180,000 fish.\n\nMeasurements from the "
                        + "institute showed gusts of up to 34 metres per second during the night.");
        List<Finding> f = numbers(c);
        assertEquals(1, f.size(), f.toString());
        assertEquals("up to 34 metres", Cases.variant(c, 1, f.get(0)));
    }
}
