package app.corroborate.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.corroborate.facts.Credit;
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
}
