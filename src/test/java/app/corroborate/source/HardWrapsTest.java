package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lines wrapped at a fixed width run on as one paragraph; text set a paragraph per line is left alone. */
class HardWrapsTest {

    private static final String WRAPPED =
            """
            SINGAPORE, Feb 12 (SGN) - A former procurement manager at a logistics firm was
            sentenced to four years and two months' jail on Thursday for taking bribes
            totalling S$386,400 from a contractor in exchange for steering warehouse
            maintenance contracts his way.

            Teo Kah Wee, 47, who worked at the firm from 2014 to 2023, was also ordered
            to pay a penalty of S$386,400, the full amount of the bribes, failing which
            he will serve another 10 months in jail.

            "My client is deeply remorseful. He has lost his career, his savings and the
            respect of his own children," his lawyer said.
            In this issue:
            1. Court watch
            2. Consultation on whistleblowing
            """;

    @Test
    void aWrappedParagraphRunsOnAndKeepsItsLength() {
        String out = HardWraps.unwrap(WRAPPED);
        assertEquals(WRAPPED.length(), out.length(), "every offset holds");
        assertTrue(out.contains("a logistics firm was sentenced to four years"), out);
        assertTrue(out.contains("his savings and the respect of his own children"), out);
        assertTrue(out.contains("maintenance contracts his way.\n\nTeo"), "paragraphs stay apart: " + out);
        assertTrue(out.contains("In this issue:\n1. Court watch\n2. Consultation"), "a list keeps its lines: " + out);
    }

    @Test
    void aNarrowNewspaperColumnRunsOnButAListOfShortItemsDoesNot() {
        String column =
                """
                COPPERBELT MIRROR          Wednesday, February 18, 2031          3

                Zambia wants to raise its annual
                output to three million tonnes by
                2031, and mining accounts for more
                than 70 per cent of its export
                earnings, the chamber of mines
                said on Tuesday in a statement
                issued in Kitwe after the miners
                blocked the main gate of the mine.
                Police fired teargas on Tuesday to
                disperse striking miners who had
                blocked the main gate, and the
                company said the stoppage was
                costing it about US$1.9 million a
                day in lost output at the pit and
                the concentrator near the town.
                """;
        String out = HardWraps.unwrap(column);
        assertTrue(out.contains("accounts for more than 70 per cent of its export earnings"), out);
        String menu = "News\nSport and fixtures today\nBusiness and markets\nOpinion and letters\nWeather\n"
                + "Obituaries and notices\nPublic notices\nContact the newsroom\nAbout us\nAdvertise with us\n"
                + "Terms and privacy\nCookies\n";
        assertEquals(menu, HardWraps.unwrap(menu));
        String headlines =
                """
                Council votes to raise water rates
                Softball team wins eleventh straight
                Fair board names its grand marshal
                Bridge repairs to start in the spring
                Library extends its weekend hours
                School board approves a new budget
                Farmers market returns on Saturday
                Police warn of phone scam calls
                Hospital opens a new maternity wing
                Road closures for the marathon
                Museum shows river paintings
                Two new teachers at the high school
                """;
        assertEquals(headlines, HardWraps.unwrap(headlines), "a list of headlines keeps its lines");
    }

    @Test
    void textSetAParagraphPerLineIsLeftAlone() {
        String lines = "Council backs flood barrier\n"
                + "The regional council approved the new flood barrier on Monday after a two-hour debate, the mayor "
                + "of Eastholm told reporters outside the town hall on a wet afternoon.\n"
                + "Construction will start in May and is expected to cost 14 million crowns, according to the plan "
                + "that the council published last week.\n";
        assertEquals(lines, HardWraps.unwrap(lines));
    }

    @Test
    void aPlainTextPageOfWrappedLinesGivesWholeSentences() throws ImportException {
        SourceDocument d =
                new SourceImporter().fromBytes("brief", WRAPPED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(
                d.sentences().stream()
                        .map(s -> s.of(d.text()))
                        .anyMatch(s -> s.startsWith("SINGAPORE") && s.endsWith("contracts his way.")),
                d.sentences().toString());
    }

    @Test
    void indentedQuotesAndHangingListItemsOfAPdfRunOnButHeadingsSetInStay() {
        String statement = "                          OFFICE OF THE REGIONAL COMMISSIONER\n"
                + "         DEPARTMENT OF RELIEF, DISASTER PREPAREDNESS AND MANAGEMENT\n\n"
                + "1. The Office regrets to inform the general public that on the night of Tuesday\n"
                + "the 21st, at about 10:30pm, following heavy and continuous rains, a landslide\n"
                + "occurred in the sub-county, affecting the villages of Bumbo, Nabiso and Shiko.\n\n"
                + "2. As at 6:00pm today, the following is the status of the search by the teams:\n"
                + "   a) Seventeen (17) persons have been confirmed dead, of whom nine (9) are\n"
                + "      children;\n"
                + "   i.   heed early warning information from the national meteorological\n"
                + "        authority;\n"
                + "   ii.  move to safer places during heavy rains, particularly at night in the hills;\n\n"
                + "   \"We cannot keep burying our people every rainy season. Those who are in the\n"
                + "   high-risk zones must move, and the state will give them land and build\n"
                + "   them houses.\"\n";
        String out = HardWraps.unwrap(statement);
        assertEquals(statement.length(), out.length());
        assertTrue(out.contains("Those who are in the    high-risk zones must move"), out);
        assertTrue(out.contains("nine (9) are       children;"), out);
        assertTrue(out.contains("authority;\n   ii.  move"), "a roman item keeps its line: " + out);
        assertTrue(out.contains("COMMISSIONER\n         DEPARTMENT"), "a heading set in stays: " + out);
    }

    @Test
    void aParagraphOpenedByAnIndentedLineStaysApart() {
        String text = "    The council approved the new flood barrier on Monday after a long debate that\n"
                + "ran late into the night, the mayor of Eastholm told reporters outside the hall in\n"
                + "the rain, and work will start in May at a cost of 14 million crowns, he added on\n"
                + "    Opponents said the cost had doubled since the first plan was put to the town\n"
                + "three years ago, and that the route would cut the riverside park in two halves.\n"
                + "    A public meeting will be held at the library on Thursday evening at seven for\n"
                + "residents of the east bank, where about 2,300 homes lie in the flood zone today.\n";
        text = text + text.replace("    The council", "    The regional council");
        String out = HardWraps.unwrap(text);
        assertTrue(out.contains("he added on\n    Opponents"), out);
        assertTrue(out.contains("in two halves.\n    A public"), out);
        assertTrue(out.contains("debate that ran late"), out);
    }
}
