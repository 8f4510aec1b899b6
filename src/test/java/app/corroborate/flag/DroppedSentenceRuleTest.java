package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DroppedSentenceRuleTest {

    private static final String BASE = "The dam opened its gates on Tuesday after heavy rain in the valley. "
            + "The military had said 92 people were rescued on Monday. Farmers have long criticised the authority "
            + "for its poor warnings. Shelters opened in three schools across the district.";

    @Test
    void aCopyThatCutsASentenceIsFlagged() {
        String copy = BASE.replace("Farmers have long criticised the authority for its poor warnings. ", "");
        List<Finding> f = Cases.run(new DroppedSentenceRule(), BASE, copy);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("Farmers have long criticised"));
        assertEquals(null, f.get(0).variantSpan());
    }

    @Test
    void aQuotationCutToItsEndIsAnAlteredQuoteNotADrop() {
        String base = "The commission annulled the mayor's win on Monday after a recount of 112 boxes. \"We respect the"
                + " commission, but we strongly disagree. There was no cheating in the town, and we will prove it,\""
                + " the mayor's lawyer said. The recount ended in January.";
        String rewrite = "A recount of 112 boxes led the commission to annul the mayor's win on Monday. His lawyer"
                + " vowed to appeal, insisting that \"there was no cheating in the town.\" The recount ended in"
                + " January.";
        List<Finding> f = Cases.run(new DroppedSentenceRule(), base, rewrite);
        assertEquals(1, f.size(), f.toString());
        assertEquals(FlagKind.QUOTE_ALTERED, f.get(0).kind());
        assertTrue(
                f.get(0).explanation().contains("We respect the commission"),
                f.get(0).explanation());
    }

    @Test
    void aLostOrdinalClaimCountsAsAFact() {
        String base = "The athlete was banned for doping on Monday after a test in March. She is the third champion "
                + "to be banned this year.";
        String rewrite = "After a test in March, the athlete received a doping ban on Monday.";
        List<Finding> f = Cases.run(new DroppedSentenceRule(), base, rewrite);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("'third champion'"), f.get(0).explanation());
    }

    @Test
    void anIndependentRewriteIsFlaggedOnlyForLostFigures() {
        String rewrite = "Heavy rain in the valley forced the authority to open the dam on Tuesday. For years farmers "
                + "have criticised the authority over its poor warnings. Schools across the district were turned into "
                + "shelters.";
        List<Finding> f = Cases.run(new DroppedSentenceRule(), BASE, rewrite);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("'92'"), f.get(0).explanation());
    }

    private static final String STRIKE = "About 3200 nurses walked off the job at four hospitals on Thursday after "
            + "pay talks broke down. The union is seeking a pay rise of 11.5 per cent over two years. \"We are not "
            + "walking out on our patients,\" the union's organiser said on the picket line. Among those affected "
            + "was a retired shearer, 71, who has waited 14 months for a new hip. Nurses last struck in 2018, when "
            + "about 30,000 walked out nationwide. The two sides meet again for talks on Tuesday.";

    @Test
    void aRewriteThatDoesNotRepeatAQuoteDropsNothing() {
        String rewrite = "Around 3200 nurses at four hospitals walked out on Thursday after pay talks collapsed. The "
                + "union wants 11.5 per cent over two years. The organiser told the picket that nurses were not "
                + "leaving their patients. A retired shearer, 71, has waited 14 months for a new hip. In 2018 about "
                + "30,000 nurses struck nationwide. Talks resume on Tuesday.";
        assertEquals(List.of(), Cases.run(new DroppedSentenceRule(), STRIKE, rewrite));
    }

    @Test
    void aRewriteThatLeavesOutAPassageShortenedTheStory() {
        String rewrite = "Around 3200 nurses at four hospitals walked out on Thursday after pay talks collapsed. The "
                + "union wants 11.5 per cent over two years. Talks resume on Tuesday.";
        assertEquals(List.of(), Cases.run(new DroppedSentenceRule(), STRIKE, rewrite));
    }

    @Test
    void aRewriteThatLeavesOutOneFigureBetweenTwoItKeepsDroppedIt() {
        String rewrite = "Around 3200 nurses at four hospitals walked out on Thursday after pay talks collapsed. The "
                + "organiser told the picket that nurses were not leaving their patients. A retired shearer, 71, "
                + "has waited 14 months for a new hip. In 2018 about 30,000 nurses struck nationwide. Talks resume "
                + "on Tuesday.";
        List<Finding> f = Cases.run(new DroppedSentenceRule(), STRIKE, rewrite);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("11.5 per cent"), f.get(0).explanation());
    }

    private static String edition(String toll, boolean withDivers) {
        return "BRENNA, March 3 (NWS) - At least " + toll + " people were killed when a landslide buried part of "
                + "a hill village in northern Aldavia on Tuesday, officials said.\n\n"
                + "Rescue teams worked through the night with sniffer dogs and heavy machinery.\n\n"
                + (withDivers
                        ? "Army divers searched a river below the village where two cars were swept away.\n\n"
                        : "")
                + "Heavy rain had loosened the slope for days, the regional weather office said.\n\n"
                + "Residents said they heard a loud crack before the hillside gave way.";
    }

    @Test
    void anEarlierEditionOfTheWireLacksLaterParagraphsWithoutADrop() {
        String base = edition("14", true);
        String earlier = edition("9", false);
        assertEquals(List.of(), Cases.run(new DroppedSentenceRule(), base, earlier));
    }

    @Test
    void aCopyWithTheSameTollThatLosesAParagraphStillDropsIt() {
        String base = edition("14", true);
        List<Finding> f = Cases.run(new DroppedSentenceRule(), base, edition("14", false));
        assertEquals(1, f.size(), f.toString());
    }

    private static final String WIRE = "SARNO, June 9 (ANA) - A magnitude 6.2 earthquake struck off the coast on "
            + "Tuesday, the seismic centre said.\n\n"
            + "An 81-year-old man was killed when a wall of his home collapsed, police said.\n\n"
            + "At least 23 people were treated for injuries at the district hospital.\n\n"
            + "The port authority suspended the morning ferry while engineers inspected the pier.\n\n"
            + "Three schools will stay closed on Wednesday for safety checks, the education ministry said.\n\n"
            + "Power was restored to most homes by 10 am, the utility said.";

    @Test
    void anExcerptPastedIntoAForumEndsWhereItsLastRenderedSentenceDoesNotWhereItsFooterPairs() {
        String wire = WIRE.replace(
                        "Three schools",
                        "Rescue teams from two neighbouring provinces arrived in the town by the afternoon.\n\nThree"
                                + " schools")
                .replace(
                        "\n\nPower was",
                        "\n\nThe quake was felt as far away as the capital, 140 km to the north.\n\nPower was");
        String pasted = wire.substring(0, wire.indexOf("Three schools"));
        String excerpt = "Pasting the article because the site keeps crashing:\n\n> "
                + pasted.replace("\n\n", "\n\n> ")
                + "(rest of the article is background)\n\n"
                + "My street still has no water, two days now.\n\n"
                + "r/Sarno - For everything about Sarno: homes, power and the port.";
        assertEquals(List.of(), Cases.run(new DroppedSentenceRule(), wire, excerpt));
    }

    @Test
    void aTakeThatSaysMoreFollowsLacksTheLaterParagraphsWithoutADrop() {
        String take = WIRE.substring(0, WIRE.indexOf("The port authority"))
                + "MORE TO FOLLOW\n\n"
                + "Reply: the port authority suspended the ferry here too, engineers are at the pier.";
        assertEquals(List.of(), Cases.run(new DroppedSentenceRule(), WIRE, take));
        String middle =
                take.replace("An 81-year-old man was killed when a wall of his home collapsed, police said.\n\n", "");
        assertEquals(List.of(), Cases.run(new DroppedSentenceRule(), WIRE, middle), "a paragraph the later take added");
        String unmarked = take.replace("MORE TO FOLLOW\n\n", "");
        assertTrue(Cases.run(new DroppedSentenceRule(), WIRE, unmarked).size() > 0, "without the marker, a cut");
    }

    @Test
    void aDesksNoticeEndingInMoreToComeMarksAFirstTakeToo() {
        String take = WIRE.substring(0, WIRE.indexOf("At least 23"))
                + "Power was restored to most homes by 10 am, the utility said.\n\n"
                + "This is a developing story. More to come.\n\nRelated: Ferry fares rise on Monday";
        assertEquals(List.of(), Cases.run(new DroppedSentenceRule(), WIRE, take));
        String label = take.replace("This is a developing story. More to come.", "This is a developing story.");
        assertTrue(Cases.run(new DroppedSentenceRule(), WIRE, label).size() > 0, "a label alone ends no take");
    }

    @Test
    void aMarkerTheBaseCarriesTooOrOneTheStoryGoesOnAfterEndsNoTake() {
        String cut = WIRE.replace("At least 23 people were treated for injuries at the district hospital.\n\n", "");
        assertEquals(
                1,
                Cases.run(new DroppedSentenceRule(), WIRE + "\n\nMORE TO FOLLOW", cut + "\n\nMORE TO FOLLOW")
                        .size());
        String liveBlog = cut.replace("The port authority", "More to come.\n\nThe port authority");
        assertEquals(1, Cases.run(new DroppedSentenceRule(), WIRE, liveBlog).size());
    }

    @Test
    void aMarkerAboveTheStoryIsNoEndAndAMenuItemIsNoMarker() {
        String cut = WIRE.replace(
                "The port authority suspended the morning ferry while engineers inspected the pier.\n\n", "");
        assertEquals(
                1,
                Cases.run(new DroppedSentenceRule(), WIRE, "More to come\n\n" + cut)
                        .size());
        assertEquals(
                1,
                Cases.run(new DroppedSentenceRule(), WIRE, cut + "\n\nMORE\n\nNews | Sport")
                        .size());
    }
}
