package app.corroborate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.align.Alignment;
import app.corroborate.align.SentenceAligner;
import app.corroborate.align.Version;
import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagKind;
import app.corroborate.flag.Severity;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.text.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** The pure mapper from an alignment and flags to the styles of each pane, checked character by character. */
class ComparisonStylesTest {

    static final String BASE = "The dam opened on Tuesday. About 1,200 residents were evacuated, the governor said. "
            + "Two people were missing near Eastholm, police said.";
    static final String OTHER = "The dam opened on Tuesday. About 2,100 residents were evacuated, the governor said. "
            + "Schools were closed across the region on Wednesday.";

    static SourceDocument doc(String name, String text) throws ImportException {
        return new SourceImporter().fromBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Alignment align(SourceDocument a, SourceDocument b) {
        return new SentenceAligner().align(Version.of(a), Version.of(b));
    }

    /** The style classes of every character. */
    static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }

    @Test
    void editsAddedAndDroppedSentencesAndFlagsAreStyledOnTheirOwnSide() throws Exception {
        SourceDocument base = doc("a.txt", BASE);
        SourceDocument other = doc("b.txt", OTHER);
        Alignment al = align(base, other);
        int b1200 = BASE.indexOf("1,200");
        int o2100 = OTHER.indexOf("2,100");
        Flag number = new Flag(
                "f1",
                FlagKind.NUMBER,
                Severity.HIGH,
                "b.txt",
                new Span(b1200, b1200 + 5),
                new Span(o2100, o2100 + 5),
                "changed");
        List<Collection<String>> left = perChar(ComparisonStyles.of(Side.BASE, base, al, List.of(number)));
        List<Collection<String>> right = perChar(ComparisonStyles.of(Side.OTHER, other, al, List.of(number)));
        assertEquals(BASE.length(), left.size(), "the styles cover the whole base text");
        assertEquals(OTHER.length(), right.size());
        assertTrue(
                left.get(b1200).containsAll(List.of("rep", "flag", "flag-number")),
                left.get(b1200).toString());
        assertTrue(right.get(o2100).containsAll(List.of("rep", "flag", "flag-number")));
        assertTrue(left.get(BASE.indexOf("Eastholm")).contains("dropped"), "a sentence only the base has");
        assertTrue(right.get(OTHER.indexOf("Schools")).contains("added"), "a sentence only the version has");
        assertTrue(left.get(BASE.indexOf("dam")).isEmpty(), "unchanged words carry no style");
        assertTrue(right.get(OTHER.indexOf("Tuesday")).isEmpty());
    }

    @Test
    void pageFurnitureIsMarkedAndInsertionsAndDeletionsStayOnTheirSide() throws Exception {
        SourceDocument base = doc(
                "a.html",
                "<html><body><nav><a href='/'>Home</a> <a href='/w'>Weather</a> "
                        + "<a href='/s'>Sport</a></nav><p>The dam opened on Tuesday after heavy rain.</p></body></html>");
        SourceDocument other = doc("b.txt", "The dam finally opened on Tuesday after rain.");
        Alignment al = align(base, other);
        List<Collection<String>> left = perChar(ComparisonStyles.of(Side.BASE, base, al, List.of()));
        List<Collection<String>> right = perChar(ComparisonStyles.of(Side.OTHER, other, al, List.of()));
        assertTrue(left.get(base.text().indexOf("Weather")).contains("furniture"));
        assertTrue(left.get(base.text().indexOf("heavy")).contains("del"), "a deleted word, on the base side");
        assertTrue(right.get(other.text().indexOf("finally")).contains("ins"), "an inserted word, on its side");
        assertTrue(right.stream().noneMatch(c -> c.contains("del")));
        assertTrue(left.stream().noneMatch(c -> c.contains("ins")));
    }

    @Test
    void thePaneDocumentHoldsTheTextAndItsStylesAcrossParagraphs() throws Exception {
        SourceDocument base = doc("a.txt", BASE.replace(". ", ".\n"));
        SourceDocument other = doc("b.txt", OTHER.replace(". ", ".\n\n"));
        Alignment al = align(base, other);
        var styles = ComparisonStyles.of(Side.OTHER, other, al, List.of());
        var document = ComparisonModel.document(other.text(), styles);
        assertEquals(other.text(), document.getText());
        int at = other.text().indexOf("Schools");
        assertTrue(document.getStyleAtPosition(at + 1).contains("added"), "styles land on the right characters");
        assertEquals(
                perChar(styles).get(other.text().indexOf("2,100") + 1),
                document.getStyleAtPosition(other.text().indexOf("2,100") + 1));
    }

    @Test
    void anEmptyTextHasOneEmptySpan() throws Exception {
        assertEquals(List.of(), List.copyOf(ComparisonStyles.classes(0)));
        assertEquals(
                List.of("flag", "flag-date"),
                List.copyOf(ComparisonStyles.classes(1 << 7 | (FlagKind.DATE.ordinal() + 1) << 9)));
    }
}
