package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRuleTest {

    @Test
    void aChangedYearIsFlagged() {
        String base = "The bridge, completed in 2006, carries 40,000 cars a day.";
        List<Finding> f = Cases.run(new DateRule(), base, base.replace("2006", "2008"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("year changed"));
    }

    @Test
    void aYearBeforeAVerbIsAYear() {
        String base = "The company said its last full safety review, in 2022, had found no structural problems.";
        String version = "The company said its last full safety review in 2019 had found no structural problems.";
        List<Finding> f = Cases.run(new DateRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("year changed"));
    }

    @Test
    void oldYearsAreYearsAndFourDigitCountsAreNot() {
        String base = "The museum will return 31 sculptures taken in 1897, and 1800 workers will help.";
        Collation c = Cases.collate(base, base.replace("1897", "1898"));
        assertEquals(1, Cases.run(new DateRule(), c, 1).size());
        assertEquals(List.of(), Cases.run(new NumberRule(), c, 1));
        Collation counts = Cases.collate(base, base.replace("1800 workers", "1900 workers"));
        assertEquals(List.of(), Cases.run(new DateRule(), counts, 1));
        assertEquals(1, Cases.run(new NumberRule(), counts, 1).size());
    }

    @Test
    void aWeekdayAndAConsistentDateAgree() {
        String base = "The attacks began on Saturday, officials in the capital of Ostria said in 2026.";
        String version = "The attacks began on Jan. 31, officials in the capital of Ostria said in 2026.";
        assertEquals(List.of(), Cases.run(new DateRule(), base, version));
    }

    @Test
    void aWeekdayAndAnInconsistentDateConflict() {
        String base = "The attacks began on Friday, officials in the capital of Ostria said in 2026.";
        String version = "The attacks began on Jan. 31, officials in the capital of Ostria said in 2026.";
        List<Finding> f = Cases.run(new DateRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("was a Saturday"), f.get(0).explanation());
    }

    @Test
    void aMonthMovedIsFlaggedButAnAddedDateIsNot() {
        String base = "The plant will close by the end of March, the company said on Tuesday.";
        assertEquals(
                1,
                Cases.run(new DateRule(), base, base.replace("March", "April")).size());
        String added = "The plant will close by the end of March, the company said on Tuesday, October 21, 2031.";
        assertEquals(List.of(), Cases.run(new DateRule(), base, added));
    }

    @Test
    void aChangedClockTimeIsFlaggedAndNotReadAsACount() {
        String base = "The train left the station at 7:45 a.m. with 300 passengers on board, the operator said.";
        Collation c = Cases.collate(base, base.replace("7:45 a.m.", "8:15 a.m."));
        List<Finding> f = Cases.run(new DateRule(), c, 1);
        assertEquals(1, f.size());
        assertEquals("8:15 a.m.", Cases.variant(c, 1, f.get(0)));
        assertTrue(f.get(0).explanation().contains("time changed"));
        assertEquals(List.of(), Cases.run(new NumberRule(), c, 1), "times are not counts");
        assertEquals(List.of(), Cases.run(new DateRule(), base, base.replace("7:45 a.m.", "07:45")));
    }

    @Test
    void clockTimesInOtherHouseStylesAreReadAsTimes() {
        String base = "The train left the station at 7:45 a.m. with 300 passengers on board, the operator said.";
        for (String same : List.of("7.45 am", "7.45am", "7:45am", "around 0745 hours")) {
            assertEquals(List.of(), Cases.run(new DateRule(), base, base.replace("at 7:45 a.m.", "at " + same)), same);
        }
        Collation c = Cases.collate(base, base.replace("7:45 a.m.", "8.15 p.m."));
        List<Finding> f = Cases.run(new DateRule(), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertEquals("8.15 p.m.", Cases.variant(c, 1, f.get(0)));
        assertEquals(List.of(), Cases.run(new NumberRule(), c, 1), "times are not counts");
        String figure = "The fund grew by 1.15 million dollars in a year, the operator said.";
        assertEquals(
                1,
                Cases.run(new NumberRule(), figure, figure.replace("1.15", "1.25"))
                        .size());
    }

    @Test
    void aRoundApproximateTimeIsTheSameTimeRoundedButNotFurther() {
        String base = "The ferry docked at around 5:10 p.m., bringing the stranded hikers ashore, the coastguard said.";
        assertEquals(List.of(), Cases.run(new DateRule(), base, base.replace("5:10 p.m.", "5 p.m.")));
        assertEquals(
                1,
                Cases.run(new DateRule(), base, base.replace("5:10 p.m.", "5:30 p.m."))
                        .size());
        String exact = base.replace("at around 5:10", "at 5:40");
        assertEquals(
                1,
                Cases.run(new DateRule(), exact, exact.replace("at 5:40 p.m.", "at 5 p.m."))
                        .size());
    }

    @Test
    void weekdaysOfDifferentEventsInARewriteAreNotCompared() {
        String base = "The raids took place on Friday and Saturday, the minister told a press conference.";
        String version = "The minister confirmed the figures at a press conference on Sunday.";
        assertEquals(List.of(), Cases.run(new DateRule(), base, version));
    }

    @Test
    void aChangedEndOfAYearSpanInAnUnpairedSentenceIsFlagged() {
        String base = "A court in Velmar convicted the former mayor of fraud on Monday.\n\n"
                + "The city adopted its new charter in 2011.\n\n"
                + "Ostrova, who ran the city from 2015 to 2021, showed no emotion as the verdict was read.";
        String version = "A court in Velmar convicted the former mayor of fraud on Monday.\n\n"
                + "Outside, crowds cheered for the woman who ran the city from 2011 to 2021.\n\n"
                + "She showed no emotion as the verdict was read.";
        Collation c = Cases.collate(base, version);
        List<Finding> f = Cases.run(new DateRule(), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertEquals("2011", Cases.variant(c, 1, f.get(0)));
        assertTrue(f.get(0).explanation().contains("starts"), f.get(0).explanation());
    }

    @Test
    void aYearSpanOfAnotherEventIsNotComparedWithIt() {
        String base = "Ostrova, who ran the city from 2015 to 2021, showed no emotion as the verdict was read.";
        String version = "Ostrova showed no emotion as the verdict was read.\n\n"
                + "Bridge repairs lasted from 2015 to 2019, the council said.";
        assertEquals(List.of(), Cases.run(new DateRule(), base, version));
    }

    @Test
    void aWireWithNoDateOfItsOwnIsDatedByThePagesThatRanIt() {
        String base = "The central bank cut its main rate by 250 basis points on Nov. 17, its third cut since 2021.";
        String version = "The central bank cut its main rate by 250 basis points on Monday, its third cut since 2021.";
        String page = "Published: 18 November 2025\nThe central bank cut its main rate by 250 basis points on Monday.";
        assertEquals(1, Cases.run(new DateRule(), base, version).size(), "dated by its background year, 2021");
        assertEquals(
                List.of(),
                Cases.run(new DateRule(), Cases.collate(base, version, page), 1),
                "November 17, 2025 was a Monday");
    }

    @Test
    void aMonthNamedAloneAgreesWithADayOfItButNotWithAnotherMonth() {
        String base = "The magistrate remanded all five in custody until August 10 for a bail hearing in the city.";
        String less = "The magistrate remanded all five in custody until a hearing in August, for bail in the city.";
        assertEquals(List.of(), Cases.run(new DateRule(), base, less), "less precise, not another date");
        String other =
                "The magistrate remanded all five in custody until a hearing in September, for bail in the city.";
        assertEquals(1, Cases.run(new DateRule(), base, other).size(), "another month is another date");
    }

    @Test
    void theDayADatelineWasFiledNeedNotBeTheDayOfTheEvents() {
        String base = "APIA, Samoa, 11 March 2026 (PWS) - A passenger plane made a belly landing at Faleolo airport "
                + "after its landing gear failed, the airports authority said.";
        String version = "A passenger plane made a belly landing at Faleolo airport on Tuesday after its landing gear "
                + "failed, the airports authority said.";
        assertEquals(List.of(), Cases.run(new DateRule(), base, version));
        String moved = base.replace("landing at Faleolo", "landing on Friday 13 March at Faleolo");
        assertEquals(1, Cases.run(new DateRule(), moved, version).size());
    }

    @Test
    void aChangedDecadeIsFlaggedWhenEachSourceNamesOne() {
        String base = "The seawall, built in the 1960s, has not been raised since.";
        List<Finding> f =
                Cases.run(new DateRule(), base, "The crumbling seawall went up in the 1950s and was never raised.");
        assertEquals(1, f.size(), f.toString());
        assertEquals(List.of(), Cases.run(new DateRule(), base, "The seawall, built in the 1960s, was never raised."));
        String two = "The wall was built in the 1960s and patched in the 1980s.";
        assertEquals(List.of(), Cases.run(new DateRule(), two, "The wall went up in the 1950s and was patched later."));
    }

    @Test
    void yesterdayOnAPageIsReadByThePagesDate() {
        String base =
                "Phone data leaked\n\nThe regulator said on Sunday that the leak had been contained by the operator.";
        String sameDay = "Sunday, June 7, 2026\n\nPhone data leaked\n\n"
                + "The regulator said yesterday that the leak had been contained by the operator.";
        List<Finding> f = Cases.run(new DateRule(), base, sameDay);
        assertEquals(1, f.size(), f.toString());
        assertTrue(
                f.get(0).explanation().contains("'yesterday' is Saturday 6 June"),
                f.get(0).explanation());
        String nextDay = sameDay.replace("Sunday, June 7, 2026", "Monday, June 8, 2026");
        assertEquals(List.of(), Cases.run(new DateRule(), base, nextDay));
        String undated = sameDay.replace("Sunday, June 7, 2026\n\n", "");
        assertEquals(List.of(), Cases.run(new DateRule(), base, undated));
    }

    @Test
    void aWeekNamedRelativeToThePageIsReadByThePagesDate() {
        String base = "Water rates to rise\n\nSUVA, June 16, 2026 (FNA) - The authority will raise its rates in August."
                + "\n\nThe authority will hold information sessions in three towns next week, a spokesman said.";
        String version = "Tuesday 16 June 2026, 4:55 pm\n\nWater rates to rise\n\n"
                + "The authority will raise its rates in August.\n\n"
                + "The authority will hold information sessions in three towns this week, a spokesman said.";
        List<Finding> f = Cases.run(new DateRule(), base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("another week"), f.get(0).explanation());
        String weekLater = version.replace("Tuesday 16 June 2026", "Tuesday 23 June 2026");
        assertEquals(List.of(), Cases.run(new DateRule(), base, weekLater));
    }
}
