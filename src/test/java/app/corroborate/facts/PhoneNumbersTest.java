package app.corroborate.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.corroborate.source.SourceImporter;
import app.corroborate.text.TokenDictionary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Telephone numbers are no figures of the story; the figures that look a little like them stay. */
class PhoneNumbersTest {

    /** The text of each figure the document reads. */
    private static List<String> figures(String text) throws Exception {
        var doc = new SourceImporter().fromBytes("page.txt", text.getBytes(StandardCharsets.UTF_8));
        DocumentAnalysis d = new DocumentAnalysis(doc, new TokenDictionary());
        return d.sentences().stream()
                .flatMap(s -> s.numbers().stream())
                .map(n -> n.span().of(d.text()))
                .toList();
    }

    @Test
    void aContactLineStatesNoFigure() throws Exception {
        assertEquals(List.of(), figures("For more information, Tel: 876-555-0123."));
        assertEquals(List.of(), figures("Readers can call 1-888-225-5376 for help."));
        assertEquals(List.of(), figures("The ministry can be reached on +264 61 208 7111."));
        assertEquals(List.of(), figures("The free line is 0800 123 456 and it is open now."));
        assertEquals(List.of(), figures("The office is on (876) 929-5375 during the week."));
        assertEquals(List.of(), figures("Send a message on WhatsApp 0771 234 567 to report."));
        assertEquals(List.of(), figures("Fax. 876.555.0124 or call us on 876 555 0125."));
        assertEquals(List.of(), figures("Reach the desk on +1 (876) 555-0126 any day."));
    }

    @Test
    void aShortNumberRightAfterACueIsDialled() throws Exception {
        assertEquals(List.of(), figures("Residents should call 911 for help."));
        assertEquals(List.of(), figures("Send a text to SMS 4040."));
    }

    @Test
    void theFiguresOfAStoryAroundAPhoneNumberStay() throws Exception {
        assertEquals(
                List.of("12", "1,200"),
                figures("The 12 clinics (Tel: 876-555-0123) treated 1,200 patients on Monday."));
    }

    @Test
    void figuresShapedLikeNoTelephoneNumberStay() throws Exception {
        assertEquals(List.of("1,200"), figures("The flood hit 1,200 homes."));
        assertEquals(List.of("12.5"), figures("Prices rose 12.5 percent."));
        assertEquals(List.of("2023-24"), figures("The budget for 2023-24 was cut."));
        assertEquals(List.of("9-1"), figures("Arsenal won 9-1 on Sunday."));
        assertEquals(List.of("2026-03", "11"), figures("The order is dated 2026-03-11 in the file."));
        assertEquals(List.of("5", "41"), figures("The quake struck at 5:41 am."));
        assertEquals(List.of("10-15"), figures("Police said 10-15 people were hurt."));
        assertEquals(List.of("3-4"), figures("The trip takes 3-4 hours."));
        assertEquals(List.of("4 billion"), figures("The plan costs J$4 billion."));
        assertEquals(List.of("2019-2023"), figures("Output fell over 2019-2023 in the region."));
        assertEquals(List.of("250-1000"), figures("Each plot holds 250-1000 trees."));
        assertEquals(List.of("about 12 000"), figures("The fire burnt about 12 000 hectares."));
        assertEquals(List.of("1 250 000"), figures("The fund holds 1 250 000 shares."));
    }

    @Test
    void aCueWordBeforeAFigureThatCountsSomethingLeavesTheFigure() throws Exception {
        assertEquals(List.of("100"), figures("Volunteers will phone 100 voters a day."));
        assertEquals(List.of("20"), figures("The call 20 minutes later was recorded."));
        assertEquals(List.of("2023"), figures("He made the call. 2023 was a hard year."));
    }

    @Test
    void thousandsGroupedByFullStopsAndAYearAfterCallAreFigures() throws Exception {
        assertEquals(List.of(), app.corroborate.text.PhoneNumbers.find("The fund pays out 2.500.000 euros this year."));
        assertEquals(List.of("2026"), figures("Ministers call 2026 a year of recovery."));
    }
}
