package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberRuleTest {

    private static final String BASE = "Police said 41 people were arrested after the march on Saturday. "
            + "The crowd of 3,000 left the square within two hours.";

    @Test
    void anAgeWrittenInOneWordIsAFigure() {
        String base = "The boy, a nine-year-old boy from the village, died in hospital on Thursday.";
        List<Finding> f = Cases.run(new NumberRule(), base, base.replace("a nine-year-old boy", "a 10-year-old boy"));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("from 9 to 10"), f.get(0).explanation());
        assertEquals(
                List.of(), Cases.run(new NumberRule(), base, base.replace("a nine-year-old boy", "a 9-year-old boy")));
    }

    @Test
    void theAgesOfTwoDifferentPeopleAreNeverPaired() {
        String base = "The victims were a 54-year-old woman from the coast and a man who worked at the port.";
        String version = "The victims were a 9-year-old boy from the coast and a man who worked at the port.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, version));
        List<Finding> f = Cases.run(new NumberRule(), base, version.replace("9-year-old boy", "45-year-old woman"));
        assertEquals(1, f.size(), f.toString());
        String older = "The driver, a 71-year-old man from the town, was taken to hospital on Sunday.";
        assertEquals(
                1,
                Cases.run(new NumberRule(), older, older.replace("a 71-year-old man", "a 74-year-old pensioner"))
                        .size());
    }

    @Test
    void aMeasureIsNeverPairedWithACountInAnAlignedSentence() {
        String base = "The first tower stands more than 60 metres above the valley, the rescue leader said on Friday. "
                + "The line reopened a week later.";
        String version = "The rescue leader said on Friday that around 30 people had been lifted down from the line. "
                + "The line reopened a week later.";
        Collation c = Cases.collate(base, version);
        assertTrue(c.comparison(1).paired().size() >= 1);
        assertEquals(List.of(), Cases.run(new NumberRule(), c, 1));
        Collation converted = Cases.collate(base, base.replace("60 metres", "200ft"));
        assertEquals(List.of(), Cases.run(new NumberRule(), converted, 1));
        Collation changed = Cases.collate(base, base.replace("60 metres", "90 metres"));
        assertEquals(1, Cases.run(new NumberRule(), changed, 1).size());
    }

    @Test
    void aChangedFigureIsFlaggedWithBothSpans() {
        Collation c = Cases.collate(BASE, BASE.replace("41 people", "14 people"));
        List<Finding> f = Cases.run(new NumberRule(), c, 1);
        assertEquals(1, f.size());
        assertEquals(FlagKind.NUMBER, f.get(0).kind());
        assertEquals(Severity.HIGH, f.get(0).severity());
        assertEquals("14 people", Cases.variant(c, 1, f.get(0)));
        assertTrue(f.get(0).explanation().contains("from 41 to 14"), f.get(0).explanation());
    }

    @Test
    void hedgingAnExactFigureIsFlagged() {
        List<Finding> f = Cases.run(new NumberRule(), BASE, BASE.replace("41 people", "at least 41 people"));
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).explanation().contains("now a lower bound"), f.get(0).explanation());
    }

    @Test
    void equalValuesWrittenDifferentlyAreNotFlagged() {
        String version = BASE.replace("within two hours", "within 2 hours").replace("3,000", "3000");
        assertEquals(List.of(), Cases.run(new NumberRule(), BASE, version));
        String days = "The strike lasted 48 hours, union leaders said.";
        assertEquals(List.of(), Cases.run(new NumberRule(), days, "The strike lasted two days, union leaders said."));
        String decades = "It is the best tool in two decades, she said.";
        assertEquals(List.of(), Cases.run(new NumberRule(), decades, "It is the best tool in twenty years, she said."));
    }

    @Test
    void aUnitWrittenGluedAbbreviatedOrInFullWithItsConversionIsTheSameFigure() {
        String base = "The state will build a 23-kilometre pipeline to the lake, the minister said on Monday.";
        assertEquals(
                List.of(), Cases.run(new NumberRule(), base, base.replace("a 23-kilometre", "the 23km (14-mile)")));
        assertEquals(List.of(), Cases.run(new NumberRule(), base, base.replace("a 23-kilometre", "a 23 km")));
        List<Finding> f = Cases.run(new NumberRule(), base, base.replace("a 23-kilometre", "a 32km"));
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void aYearNamingWhichOneIsNotACount() {
        String base = "Two officials were shot dead there in the weeks before the 2022 elections, police said.";
        String version = "Two officials were killed there before the 2022 polls, police said.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, version));
    }

    @Test
    void twoFiguresJoinedByAndAreNotARange() {
        String base = "Twelve people died and 30 were injured in the fire, 4 and 5 floors up, the police said.";
        List<Finding> f = Cases.run(new NumberRule(), base, base.replace("30 were", "13 were"));
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void figuresCountingDifferentThingsAreNotCompared() {
        String version = "Police said 41 people were arrested after the march on Saturday. The crowd of 3,000 left "
                + "the square within five hours.";
        List<Finding> f = Cases.run(new NumberRule(), BASE, version);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("from 2 to 5"), f.get(0).explanation());
    }

    @Test
    void aRoundedAndHedgedFigureInAShortRewriteIsStillCompared() {
        String base = "The storm hit the coast on Monday. Nordhavn shares fell 6.2 percent in Copenhagen trading. "
                + "Ferries were cancelled.";
        String version = "The storm hit the coast on Monday. The bank's shares dropped more than 6 percent. "
                + "Ferries were cancelled.";
        List<Finding> f = Cases.run(new NumberRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("from 6.2 to 6"), f.get(0).explanation());
    }

    @Test
    void aPreciseFigureTurnedVagueIsFlagged() {
        String base = "The train, carrying about 300 passengers from Halden, left the track on a curve.";
        List<Finding> f =
                Cases.run(new NumberRule(), base, base.replace("about 300 passengers", "hundreds of passengers"));
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).explanation().contains("became a vague amount"),
                f.get(0).explanation());
    }

    @Test
    void aMeasureNamedBeforeTheFigureIsItsUnit() {
        String base = "An earthquake of magnitude 6.4 struck the province on Monday, killing 38 people.";
        Collation c = Cases.collate(base, base.replace("6.4", "6.9"));
        List<Finding> f = Cases.run(new NumberRule(), c, 1);
        assertEquals(1, f.size());
        assertEquals("magnitude 6.9", Cases.variant(c, 1, f.get(0)));
    }

    @Test
    void aMeasureNamedWithOfIsTheSameMeasure() {
        String base = "A magnitude 6.2 earthquake struck off the island early on Tuesday, killing one man.";
        String early = "An earthquake with a preliminary magnitude of 6.0 struck off the island early on Tuesday, "
                + "killing one man.";
        Collation c = Cases.collate(base, early);
        List<Finding> f = Cases.run(new NumberRule(), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertEquals("magnitude of 6.0", Cases.variant(c, 1, f.get(0)));
        assertEquals(List.of(), Cases.run(new NumberRule(), base, early.replace("6.0", "6.2")));
    }

    @Test
    void aFigureInBracketsAfterWordsThatAreNoUnitIsNoConversion() {
        String base = "The storm killed 12 people in Dhaka on Tuesday, officials said.";
        String version = "The storm killed 15 people in Dhaka (12 of them children) on Tuesday, officials said.";
        List<Finding> f = Cases.run(new NumberRule(), base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("12 to 15"), f.get(0).explanation());
    }

    @Test
    void aLevelOfAFigureWithItsOwnUnitCountsByTheUnit() {
        String base = "The river rose to 4.5 metres at the bridge on Monday.";
        List<Finding> f = Cases.run(new NumberRule(), base, base.replace("to 4.5", "to a level of 5.5"));
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void yearsAreLeftToTheDateRule() {
        String base = "The bridge, completed in 2006, carries 40,000 cars a day.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, base.replace("2006", "2008")));
    }

    @Test
    void anAmountRestatedInIndianNumberingIsNotFlagged() {
        String base = "The cooperative lost Rs 412 crore on the deal, its auditor said. Villagers put 50 lakh "
                + "rupees into the fund.";
        String version = "The cooperative lost 4.12 billion rupees on the deal, its auditor said. Villagers put "
                + "5 million rupees into the fund.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, version));
    }

    @Test
    void aFigureGivenWithItsConversionInBracketsIsNotFlagged() {
        String base = "The cooperative lost Rs 412 crore ($49.6 million) on the deal. Its auditor said the loss "
                + "of Rs 412 crore would be written off.";
        String version = "The cooperative lost Rs 412 crore ($49.6 million) on the deal. Its auditor said the loss "
                + "of $49.6 million would be written off.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, version));
    }

    @Test
    void aHedgeTheBaseAlreadyGivesIsNotFlagged() {
        String base = "About 120 people were hurt when the stand gave way, organisers said. Ambulances took 120 "
                + "people to the city's two hospitals.";
        String version = "About 120 people were hurt when the stand gave way, organisers said. Ambulances took "
                + "about 120 people to the city's two hospitals.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, version));
    }

    @Test
    void aHedgeDroppedEverywhereIsStillFlagged() {
        String base = "At least 30 boats sank in the storm, the harbour master said. The 30 boats were moored "
                + "at the east pier.";
        String version = "Thirty boats sank in the storm, the harbour master said. The 30 boats were moored at "
                + "the east pier.";
        List<Finding> f = Cases.run(new NumberRule(), base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("stated as exact"), f.get(0).explanation());
    }

    @Test
    void twoHeadlinesFiguresOfAnotherScaleAreTwoQuantities() {
        String base = "RBI caps withdrawals at Kesar bank after 412-crore loan fraud; chairman held";
        String version = "Vardhaman Bank fraud: RBI caps withdrawals at 25,000, chairman arrested";
        assertEquals(
                List.of(),
                Cases.run(new NumberRule(), base, version).stream()
                        .map(Finding::explanation)
                        .toList());
    }

    @Test
    void anAmountInAnotherHouseStyleIsComparedByValue() {
        String base = "The tribunal fined the mill owner 315 million shillings or, in default, two years in jail.";
        List<Finding> f = Cases.run(new NumberRule(), base, base.replace("315 million shillings", "Sh351 million"));
        assertEquals(1, f.size(), f.toString());
        assertTrue(
                f.get(0).explanation().contains("from 315,000,000 to 351,000,000"),
                f.get(0).explanation());
        assertEquals(
                List.of(), Cases.run(new NumberRule(), base, base.replace("315 million shillings", "Sh315 million")));
    }

    @Test
    void aRoundDurationOrDistanceThatDropsItsHedgeIsNot() {
        String base = "The search went on for about three weeks in hills about 60 kilometres from the coast.";
        String version = "The search went on for three weeks in hills 60 km from the coast.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, version));
        String count = "About 340 families were moved to the school.";
        assertEquals(
                1,
                Cases.run(new NumberRule(), count, "340 families were moved to the school.")
                        .size());
    }

    @Test
    void figuresThatShareAWordButCountDifferentThingsAreNotPartners() {
        String base = "Of the 52 divers below the surface at the time, 30 came up unaided.";
        String version = "The 52 divers were 250 metres below the surface when the current changed.";
        assertTrue(Cases.run(new NumberRule(), base, version).stream()
                .noneMatch(f -> f.explanation().contains("250")));
    }

    @Test
    void aSpanOfYearsIsADateNotAFigure() {
        String base = "Lund, who ran the port from 2009 to 2016, was fined 4 million kronor.";
        String version = "Lund, who ran the port from 2005 to 2016, was fined 4 million kronor.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, version));
    }

    @Test
    void aFigureChangedInAMergedAndMovedSentenceIsFlaggedAsANumber() {
        String merged = "The club believes all 11 stranded hikers made it to a hut about 300 metres below the summit, "
                + "which according to a statement holds blankets, food and a radio for up to four days.";
        Collation c = Cases.collate(
                AttributionOfStatementsTest.mergedBase(), AttributionOfStatementsTest.mergedVersion(merged));
        List<Finding> f = Cases.run(new NumberRule(), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertTrue(Cases.variant(c, 1, f.get(0)).startsWith("11 stranded hikers"), f.toString());
    }

    @Test
    void anAgeIsComparedOnlyWithAnAgeOrABareFigure() {
        String base = "Crews shut a 54-year-old bridge over the river on Monday after a crack was found. "
                + "The Route 12 bridge was closed at 4 p.m., the mayor said. A 40-year-old driver was hurt.";
        String year = base.replace("a 54-year-old bridge", "the 1971 bridge").replace("40-year-old", "41-year-old");
        List<Finding> f = Cases.run(new NumberRule(), base, year);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("from 40 to 41"), f.toString());
        String swapped = "Crews shut the Route 12 bridge over the river on Monday after a crack was found. "
                + "The 54-year-old bridge was closed at 4 p.m., the mayor said. A driver, 41, was hurt.";
        f = Cases.run(new NumberRule(), base, swapped);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("from 40 to 41"), f.toString());
    }

    @Test
    void aFigureItsSentenceGivesAsAnEstimateIsAlreadyApproximate() {
        String base =
                "The council closed the school on Friday. It estimated the cost of removal at \u00A3240,000, to be met "
                        + "from its emergency budget.";
        String version =
                "The council closed the school on Friday. Removal will cost an estimated \u00A3240,000 from the "
                        + "emergency budget, the council said.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, version));
    }

    @Test
    void aHedgeBeforeALetteredDollarSignQualifiesItsFigure() {
        String base = "The company had lost about S$640,000 through inflated prices, the prosecutor said.";
        String version = "The company had lost about $640,000 through inflated prices, the prosecutor said.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, version));
    }

    @Test
    void aCountOfTheDeadIsNotTakenForACountOfTheInjured() {
        String base = "Seven pupils were killed when lightning struck the school on Wednesday afternoon.";
        String version = "Another 36 pupils were injured when lightning struck the school on Wednesday afternoon.";
        List<Finding> f = Cases.run(new NumberRule(), base, version);
        assertEquals(List.of(), f, f.toString());
    }

    @Test
    void anAgeBetweenCommasAfterANameIsAnAgeNotACount() {
        String base = "A teacher, Ms Harriet Kobusingye, 31, was among the injured at the school.";
        String version = "A teacher, Ms Harriet Kobusingye, was among 36 injured at the school.";
        List<Finding> f = Cases.run(new NumberRule(), base, version);
        assertEquals(List.of(), f, f.toString());
    }

    @Test
    void anAmountConvertedToAnotherUnitIsTheSameAmount() {
        String base = "All seven fell about nine metres onto a paved courtyard, police said.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, base.replace("about nine metres", "30ft")));
        List<Finding> f = Cases.run(new NumberRule(), base, base.replace("about nine metres", "50ft"));
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void anAgeRetoldForTheSamePersonUnderAnotherNounIsStillCompared() {
        String base = "A 16-year-old boy was arrested at the scene on Friday night, police said.";
        assertEquals(
                1,
                Cases.run(new NumberRule(), base, base.replace("16-year-old boy", "18-year-old man"))
                        .size());
        assertEquals(
                1,
                Cases.run(new NumberRule(), base, base.replace("16-year-old boy", "15-year-old girl"))
                        .size());
    }

    @Test
    void aMeasureInAUnitTheMeasuresDoNotKnowIsStillCompared() {
        String base = "The ship was carrying 40 tonnes of fuel when it struck the reef, the coast guard said.";
        assertEquals(
                1,
                Cases.run(new NumberRule(), base, base.replace("40 tonnes", "45 tons"))
                        .size());
    }

    @Test
    void theSameAmountPerAnotherPeriodIsAChangedFigure() {
        String base = "Households will still get 91,000 litres of water free each year under the new tariff.";
        List<Finding> f = Cases.run(new NumberRule(), base, base.replace("free each year", "free a month"));
        assertEquals(1, f.size(), f.toString());
        assertTrue(
                f.get(0).explanation().contains("now per month, not per year"),
                f.get(0).explanation());
        assertEquals(List.of(), Cases.run(new NumberRule(), base, base.replace("free each year", "free every year")));
    }

    @Test
    void aPersonsAgeIsComparedByTheNameWhereverEachSourceGivesIt() {
        String base = "A jury found former supervisor Kendall Baptiste guilty of fraud on Thursday.\n\n"
                + "Baptiste, 44, of Arouca, was remanded in custody until June.\n\n"
                + "The judge will sentence him next month.";
        String version = "The judge will sentence him next month, the court heard.\n\n"
                + "Kendall Baptiste bowed his head as the verdict was read.\n\n"
                + "Relatives wept outside while Baptiste, 45, a father of three, was led to the cells.";
        Collation c = Cases.collate(base, version);
        List<Finding> f = Cases.run(new NumberRule(), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertTrue(
                f.get(0).explanation().contains("age changed from 44 to 45"),
                f.get(0).explanation());
        String town = "Police in Lusaka, 14, were charged.";
        assertEquals(
                List.of(),
                Cases.run(new NumberRule(), town, town.replace("14", "15")).stream()
                        .filter(x -> x.explanation().contains("'s age"))
                        .toList());
    }
}
