package app.corroborate.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.facts.Credit;
import app.corroborate.facts.Dateline;
import org.junit.jupiter.api.Test;

class CopyGroupsTest {

    private static final String WIRE = "NORDIC WIRE\n\nFerry crossings resume after ramp repairs\n\n"
            + "The ferry between Holmvik and Tromsby resumed its crossings on Friday after a week of repairs.\n\n"
            + "The operator said the first boat left on time with about forty cars aboard.\n\n"
            + "Repairs to the ramp cost more than the council had set aside, a spokesman said.";

    private static final String MENU_PAGE = "Home\n\nNews\n\nSport\n\nCrossings back after a week\n\n"
            + "Crossings between Holmvik and Tromsby started again on Friday once the ramp had been mended.\n\n"
            + "About forty cars were on the first boat, which sailed on schedule, according to the operator.\n\n"
            + "A spokesman said the mending went over the sum the council had budgeted.";

    @Test
    void aMenuWordOnItsOwnLineIsNoAgencyCredit() {
        Collation c = CounterpartsTest.collate(WIRE, MENU_PAGE, MENU_PAGE.replace("Crossings back", "Ferry back"));
        assertEquals("nordic wire", Credit.of(c.analyses().get(0)));
        assertEquals(null, Credit.of(c.analyses().get(1)));
    }

    @Test
    void twoRewritesUnderOneSiteMenuAreNotCopiesByTheirMenus() {
        String other = "Home\n\nNews\n\nSport\n\nRamp fixed, boats sail\n\n"
                + "Boats sailed again on Friday between the two towns after the ramp was fixed.\n\n"
                + "The operator counted some forty cars on board the first sailing.\n\n"
                + "The council's repair budget was overspent, according to a spokesman.";
        Collation c = CounterpartsTest.collate(WIRE, MENU_PAGE, other);
        assertNotEquals(c.group()[1], c.group()[2]);
    }

    private static final String DATELINED = "Ferry crossings resume after ramp repairs\n\n"
            + "HOLMVIK, Norway, May 3 (NordWire) - The ferry between Holmvik and Tromsby resumed its crossings on "
            + "Friday after a week of repairs, the operator said.\n\n"
            + "The operator said the first boat left on time with about forty cars aboard.\n\n"
            + "Repairs to the ramp cost more than the council had set aside, a spokesman said.";

    /** An earlier take of the same wire story, reworded as the agency later rewrote it, run on a page. */
    private static String earlyTake(String credit) {
        return "Home\n\nNews\n\nFerries running again\n\n" + credit + "\n\n"
                + "Boats crossed between Holmvik and Tromsby again on Friday once the ramp had been mended.\n\n"
                + "More details were expected later in the day.";
    }

    @Test
    void aDatelineCreditsAnAgencyWrittenInCapitalisedParts() {
        Collation c = CounterpartsTest.collate(DATELINED, MENU_PAGE);
        assertEquals("NordWire", Dateline.agency(c.analyses().get(0)));
        assertEquals(null, Dateline.agency(c.analyses().get(1)));
    }

    @Test
    void aPageCreditingTheAgencyOfTheWiresDatelineCarriesItsText() {
        for (String credit : new String[] {"By NordWire | May 3, 2026 10:52 AM", "Ferry update (via NordWire) 1/4"}) {
            Collation c = CounterpartsTest.collate(DATELINED, earlyTake(credit));
            assertEquals(c.group()[0], c.group()[1], credit);
        }
    }

    @Test
    void anEarlierTakeFiledFromAnotherPlaceUnderTheSameSlugIsTheWiresEarlierEdition() {
        String later = "AWS - Afrique Wire Service\nGHANA-COCOA/PRICE (UPDATE 1, adds reaction)\n\n"
                + "Ghana raises cocoa price by 17.6%\n\n"
                + "SEFWI WIAWSO, Ghana, Oct 1 (AWS) - Ghana raised the price it pays farmers by 17.6 percent on"
                + " Thursday, the finance minister said.\n\n"
                + "Farmers welcomed the increase but said fertiliser costs had doubled, an alliance leader said.\n\n"
                + "The board expects to buy 650,000 tonnes this season, its chief executive said.";
        String first = "AWS - Afrique Wire Service\nGHANA-COCOA/PRICE\n\n"
                + "Ghana to raise cocoa price - sources\n\n"
                + "ACCRA, Oct 1 (AWS) - Ghana will raise the price it pays cocoa farmers by about 16 percent, two"
                + " sources at the board said on Thursday.\n\n"
                + "The minister is due to announce the price later in the day.";
        Collation c = CounterpartsTest.collate(later, first);
        assertEquals(c.group()[0], c.group()[1]);
        assertTrue(c.comparison(1).earlierEdition());
    }

    @Test
    void aDatelineWithoutCountryOrDateStillNamesItsAgency() {
        Collation c = CounterpartsTest.collate(
                "NorPress English Service\n\nTROMSØ (NorPress): Up to 27,000 farmed salmon may have escaped from a"
                        + " damaged pen, the company said on Thursday.",
                MENU_PAGE);
        assertEquals("NorPress", Dateline.agency(c.analyses().get(0)));
    }

    @Test
    void aSummaryThatListsTheAgencyAmongItsReferencesIsItsOwn() {
        Collation c = CounterpartsTest.collate(
                DATELINED,
                "Current events, May 3\n\n - The ferry between Holmvik and Tromsby is back in service after the"
                        + " ramp is repaired. (NordWire) (Holmvik Post)\n\nSports\n\n - The cup final is played.");
        assertNotEquals(c.group()[0], c.group()[1]);
    }

    @Test
    void aReportThatOnlyQuotesTheAgencyInASentenceIsItsOwn() {
        Collation c = CounterpartsTest.collate(
                DATELINED,
                earlyTake("Our reporter in Holmvik").replace("More details", "The operator told NordWire details"));
        assertNotEquals(c.group()[0], c.group()[1]);
    }

    @Test
    void aSectionLabelInCapitalsCreditsNoAgency() {
        Collation c = CounterpartsTest.collate(
                WIRE, "COURT\n\n" + MENU_PAGE, "COURT\n\n" + MENU_PAGE.replace("About", "Some"));
        assertEquals(null, Credit.of(c.analyses().get(1)));
    }

    @Test
    void anAgencyCodeAfterTheDateAndBeforeADashIsADateline() {
        Collation c = CounterpartsTest.collate(
                DATELINED.replace("HOLMVIK, Norway, May 3 (NordWire) -", "HOLMVIK, Norway, May 3, NWA \u2013"),
                MENU_PAGE);
        assertEquals("HOLMVIK|NWA", Dateline.of(c.analyses().get(0)));
    }

    @Test
    void aReportThatCitesTheAgencyInACaptionATweetOrACountKeepsItsOwnGroup() {
        for (String line : new String[] {
            "(Photo: Ola Nilsen via NordWire)",
            "\u2014 NordWire (@NordWire) May 3, 2026",
            "Source: NordWire, operator timetables",
            "By NordWire's count, the crossings had been late all week."
        }) {
            Collation c = CounterpartsTest.collate(DATELINED, earlyTake("Our reporter in Holmvik") + "\n\n" + line);
            Collation top = CounterpartsTest.collate(DATELINED, line + "\n\n" + earlyTake("Our reporter in Holmvik"));
            assertNotEquals(c.group()[0], c.group()[1], line);
            assertNotEquals(top.group()[0], top.group()[1], line);
        }
    }

    @Test
    void aCountryAfterTheDateIsNoAgencyAndAnOutletsPageWithoutTheWiresHeaderIsNoEdition() {
        Collation c = CounterpartsTest.collate(
                "LONDON, England, UK - A fire destroyed a warehouse in east London on Monday, the fire brigade said.\n\n"
                        + "Forty firefighters fought the blaze for six hours.",
                "BIRMINGHAM, England, UK - Two people were hurt in a house fire in the city centre on Tuesday.\n\n"
                        + "The cause of the fire was under investigation, police said.");
        assertNotEquals(c.group()[0], c.group()[1]);
        String wire = "PWS\nHAITI-VIOLENCE/ (UPDATE 1)\n\nPORT-AU-PRINCE, Haiti, May 2 (PWS) - Gangs attacked a"
                + " police station in the capital on Friday, officials said.\n\nThe national police union said"
                + " officers had run out of ammunition.\n\nSchools in the district were closed until Monday.";
        String page = "News\n\nPORT-AU-PRINCE, Haiti, May 2 (PWS) - Gangs attacked a police station in the capital"
                + " on Friday, officials said.\n\nSchools in the district were closed until Monday.";
        assertTrue(!CounterpartsTest.collate(wire, page).comparison(1).earlierEdition());
    }
}
