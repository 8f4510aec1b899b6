package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import app.corroborate.facts.Figures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SingleSourceRuleTest {

    private static final String BASE = "The dam opened its gates on Tuesday after heavy rain. About 1,200 "
            + "residents were evacuated, the governor said. Shelters opened in three schools.";

    @Test
    void anAddedPassageWithNewFactsIsOneFlag() {
        String version = BASE + " Protesters gathered outside the town hall in Marlow, where police counted 300 "
                + "people. Councillor Ruth Adeyemi called for an inquiry.";
        Collation c = Cases.collate(BASE, version);
        List<Finding> f = Cases.run(new SingleSourceRule(), c, 1);
        assertEquals(1, f.size());
        assertTrue(Cases.variant(c, 1, f.get(0)).startsWith("Protesters gathered"));
        assertTrue(
                f.get(0).explanation().contains("these 2 sentences"), f.get(0).explanation());
        assertTrue(f.get(0).explanation().contains("300 people"), f.get(0).explanation());
    }

    @Test
    void aFormOfAddressAddedToANameIsNoNewFact() {
        String base = "The dam opened its gates on Tuesday after heavy rain, minister Ana Ruiz said. About 1,200 "
                + "residents were evacuated. Shelters opened in three schools.";
        Collation c = Cases.collate(base, base.replace("minister Ana Ruiz", "minister the Hon. Ana Ruiz"));
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), c, 1));
    }

    @Test
    void aLongPassageOnlyACopyOfTheWireHasIsThePagesOtherContent() {
        String notices = " Kitwe council will spend K3.8 million on clearing drains in Nkana East. Town clerk Grace"
                + " Mpundu said 27 kilometres of drains were blocked. Forty casual workers will be engaged for three"
                + " months. The work starts on Monday at the Chimwemwe depot.";
        Collation c = Cases.collate(BASE, BASE + notices);
        assertTrue(c.comparison(1).copyOfBase(), "a copy of the wire text");
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), c, 1));
    }

    @Test
    void aFigureInsertedIntoAnAlignedSentenceIsFlaggedOnItsWords() {
        String version = BASE.replace(
                "Shelters opened in three schools.", "Shelters opened in three schools and 40 soldiers were deployed.");
        Collation c = Cases.collate(BASE, version);
        List<Finding> f = Cases.run(new SingleSourceRule(), c, 1);
        assertEquals(1, f.size());
        assertEquals("40 soldiers", Cases.variant(c, 1, f.get(0)));
    }

    @Test
    void placesAddedToAnAlignedSentenceLocateTheEventButAPersonAddedIsAClaim() {
        String version = BASE.replace(
                        "Shelters opened in three schools.",
                        "Shelters opened in three schools in " + "Marlow, Kessock and Dunvale.")
                .replace("the governor said", "governor Ruth Adeyemi said");
        Collation c = Cases.collate(BASE, version);
        List<Finding> f = Cases.run(new SingleSourceRule(), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertEquals("Ruth Adeyemi", Cases.variant(c, 1, f.get(0)));
    }

    @Test
    void aCountAnotherSourceGivesExactlyIsNoNewFigureWhenRoundedWithAbout() {
        String base = BASE.replace("About 1,200 residents", "Officials said 1,214 residents");
        String version = base.replace(
                "Shelters opened in three schools.",
                "Shelters opened in three schools for about " + "1,200 residents.");
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), base, version));
        String other = version.replace("about 1,200", "about 1,300");
        assertEquals(1, Cases.run(new SingleSourceRule(), base, other).size(), "1,300 is not 1,214 rounded");
    }

    @Test
    void referencesToAProvisionAChargeOrAPartyAreNoNewFigures() {
        String version = BASE.replace(
                "Shelters opened in three schools.",
                "Shelters opened in three schools under "
                        + "section 102 of the act, and accused 1, 2 and 3 face count 6.");
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), BASE, version));
        String counted = BASE.replace(
                "Shelters opened in three schools.", "Shelters opened in three schools for 102" + " families.");
        assertEquals(1, Cases.run(new SingleSourceRule(), BASE, counted).size(), "102 families is a count");
    }

    @Test
    void aFactAnotherIndependentSourceStatesIsNotSingleSource() {
        String extra = " Councillor Ruth Adeyemi called for an inquiry into the flooding.";
        String other = "Engineers released water from the reservoir after days of storms. Local schools became "
                + "emergency shelters for families. An inquiry into the release was demanded by Councillor Ruth "
                + "Adeyemi. Forecasters expect drier weather next week.";
        Collation c = Cases.collate(BASE, BASE + extra, other);
        assertTrue(c.group()[2] != c.group()[1], "the other source is independent");
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), c, 1));
    }

    @Test
    void percentWrittenThreeWaysIsOneFigure() {
        String base = "Prices rose 4 percent in March, the statistics office said on Tuesday.";
        String other = "Inflation data published on Tuesday showed prices up 4 per cent in March. Economists had "
                + "expected a smaller rise. Food costs drove the increase.";
        String version = base + " Rents climbed 4% as well, according to the office.";
        Collation c = Cases.collate(base, version, other);
        assertEquals(
                List.of(),
                Cases.run(new SingleSourceRule(), c, 1).stream()
                        .filter(f -> f.explanation().contains("4 per"))
                        .toList());
        assertEquals(
                Set.of("percent"),
                Figures.of(
                                c.analyses().get(2),
                                c.analyses().get(2).sentence(0).numbers().get(0))
                        .unit());
    }

    @Test
    void aKnownNameSpelledAnotherWayIsNotANewName() {
        String base = "The violence erupted in several districts, including Quetta and Noshki, officials said.";
        String version = "The violence erupted in several districts, including Quetta and Nushki, officials said.";
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), base, version));
    }

    @Test
    void anAcronymInThePossessiveIsNotANewName() {
        String base = "The Valmora Farmers Federation said dairy farmers would be forced to sell stock.";
        String version = "Dairy farmers would be forced to sell stock, the VFF's district president said.";
        assertEquals(
                List.of(),
                Cases.run(new SingleSourceRule(), base, version).stream()
                        .filter(f -> f.explanation().contains("VFF"))
                        .toList());
    }

    @Test
    void aFigureReadWithAnotherWordOfTheSameSentenceIsNoNewFigure() {
        String base = "He said only nine of the 24 turnstiles at Gate 7 were working on the day of the match.";
        String version = "He said only nine of the 24 Gate 7 turnstiles were working on the day of the match.";
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), base, version));
    }

    @Test
    void aQuestionOrAPromptToTheReaderTellsNoEvent() {
        String version = BASE + "\n\nWhy did the Marlow council ignore the warnings last Tuesday?\n\nPlease keep "
                + "comments on the Marlow Herald site civil and on topic from Monday.\n";
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), BASE, version));
    }

    @Test
    void thePageSpeakingOfItselfOrToTheReaderIsNoClaim() {
        String version = "Radio Valmora News\n\n" + BASE + "\n\nListen to the full bulletin on the Radio Valmora app"
                + " from 6 p.m. on Monday.\n\nRadio Valmora is a member of the Valmora community broadcasters"
                + " network since 2019.\n";
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), BASE, version));
    }

    @Test
    void aRecordClaimOnlyThisSourceMakesIsFlagged() {
        String base = "Security forces killed 145 militants, in one of the deadliest flare-ups in years.";
        String version = base + " Analysts described it as the deadliest day for militants in decades.";
        List<Finding> f = Cases.run(new SingleSourceRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).explanation().contains("record claim 'deadliest day'"),
                f.get(0).explanation());
        String same = base + " Observers agreed the flare-ups were among the deadliest flare-ups in years.";
        assertEquals(
                List.of(),
                Cases.run(new SingleSourceRule(), base, same).stream()
                        .filter(x -> x.explanation().contains("record"))
                        .toList());
    }

    @Test
    void backgroundWithoutCheckWorthyContentIsNotFlagged() {
        String version = BASE + " The situation remains tense and residents are worried about the coming days.";
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), BASE, version));
    }

    @Test
    void anAdjectiveMadeOfAKnownNameIsNoNewName() {
        String base = "Inspectors in Valmora closed the dairy on Monday after 40 people fell ill.";
        String version = "Inspectors closed the Valmora-based dairy on Monday after 40 people fell ill.";
        assertTrue(Cases.run(new SingleSourceRule(), base, version).isEmpty());
    }

    @Test
    void thePagesOwnNameIsNotANewName() {
        String version = BASE.replace("the governor said", "the governor told the Harbourside")
                + "\n\n(c) 2025 Harbourside Media Ltd. All rights reserved.\n";
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), BASE, version));
        String unsigned = BASE.replace("the governor said", "the governor told the Harbourside");
        assertEquals(1, Cases.run(new SingleSourceRule(), BASE, unsigned).size());
    }

    @Test
    void aFigureInWordsThatPointsBackIsNotANewFigure() {
        String version = BASE.replace(
                "Shelters opened in three schools.",
                "Shelters opened in three schools; " + "the other two stayed shut and the two unions agreed.");
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), BASE, version));
        String counted = BASE.replace(
                "Shelters opened in three schools.", "Shelters opened in three schools; " + "two others stayed shut.");
        assertEquals(1, Cases.run(new SingleSourceRule(), BASE, counted).size());
    }

    @Test
    void aConversionOfAKnownAmountIsNoNewFigure() {
        String base = "The regulator limited withdrawals to 25,000 rupees per depositor for six months on Friday.";
        String version = "On Friday the regulator limited withdrawals to 25,000 rupees (about $300) per depositor for "
                + "six months.";
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), base, version));
    }

    @Test
    void aMeasureConvertedToOtherUnitsIsNoNewFigure() {
        String base = "Its station recorded gusts of 98km/h shortly after 3am. The storm reached land with winds of up "
                + "to 110 km per hour on Tuesday. About 60,000 US gallons of styrene are stored in outdoor tanks.";
        String version = "Its station recorded gusts of 98km/h (61mph) shortly after 3am. The storm reached land with "
                + "winds of up to 110 kph (68 mph) on Tuesday. About 60,000 US gallons (230,000 L) of styrene are "
                + "stored in outdoor tanks.";
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), base, version));
    }

    @Test
    void aFigureRestatedAroundTheWordsItCountsIsNoNewFigure() {
        String base = "Health officials said 410 operations had been postponed for the strike. About 3200 "
                + "nurses walked out at 7am on Thursday.";
        String version = "On Thursday a retired shearer learned his operation had been postponed, one of 410 cancelled "
                + "as about 3200 nurses walked out at 7am.";
        assertTrue(
                Cases.run(new SingleSourceRule(), base, version).stream()
                        .noneMatch(f -> f.explanation().contains("410")),
                Cases.run(new SingleSourceRule(), base, version).toString());
    }
}
