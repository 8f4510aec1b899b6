package app.corroborate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.align.Alignment;
import app.corroborate.source.SourceDocument;
import org.junit.jupiter.api.Test;

/** Which place of one version faces a place of the other, as the synchronised scrolling uses it. */
class ScrollMapTest {

    static final String BASE = "The dam opened on Tuesday after heavy rain.\n"
            + "About 1,200 residents were evacuated overnight, the governor said.\n"
            + "Two people were missing near Eastholm, police said.\n"
            + "The dam was completed in 1974 and holds 85 million cubic metres.";
    static final String OTHER = "Breaking news from the valley.\n"
            + "An editor's note on this report.\n"
            + "The dam opened on Tuesday after heavy rain.\n"
            + "About 1,200 residents were evacuated overnight, the governor said.\n"
            + "The dam was completed in 1974 and holds 85 million cubic metres.";

    @Test
    void alignedSentencesFaceEachOtherParagraphByParagraph() throws Exception {
        SourceDocument base = ComparisonStylesTest.doc("a.txt", BASE);
        SourceDocument other = ComparisonStylesTest.doc("b.txt", OTHER);
        Alignment al = ComparisonStylesTest.align(base, other);
        ScrollMap map = ScrollMap.of(al, BASE.length(), OTHER.length());
        Paragraphs pb = Paragraphs.of(BASE);
        Paragraphs po = Paragraphs.of(OTHER);
        assertEquals(2, map.facingParagraph(Side.BASE, 0, pb, po), "the first base paragraph faces the third");
        assertEquals(3, map.facingParagraph(Side.BASE, 1, pb, po));
        assertEquals(4, map.facingParagraph(Side.BASE, 3, pb, po), "after a dropped paragraph they meet again");
        assertEquals(1, map.facingParagraph(Side.OTHER, 3, po, pb));
        assertEquals(0, map.facingParagraph(Side.OTHER, 0, po, pb), "added text faces the start of the base");
    }

    @Test
    void theMappingIsMonotoneAndCoversBothEnds() throws Exception {
        SourceDocument base = ComparisonStylesTest.doc("a.txt", BASE);
        SourceDocument other = ComparisonStylesTest.doc("b.txt", OTHER);
        ScrollMap map = ScrollMap.of(ComparisonStylesTest.align(base, other), BASE.length(), OTHER.length());
        assertEquals(0, map.facing(Side.OTHER, 0), "text only the version has at its start faces the base start");
        assertEquals(OTHER.indexOf("The dam opened"), map.facing(Side.BASE, 0), "the base start faces its sentence");
        assertEquals(OTHER.length(), map.facing(Side.BASE, BASE.length()));
        int last = -1;
        for (int i = 0; i <= BASE.length(); i++) {
            int f = map.facing(Side.BASE, i);
            assertTrue(f >= last, "monotone at " + i);
            last = f;
        }
        int dropped = BASE.indexOf("Two people");
        int end = BASE.indexOf("The dam was");
        Paragraphs po = Paragraphs.of(OTHER);
        assertEquals(
                po.of(map.facing(Side.BASE, dropped)),
                po.of(map.facing(Side.BASE, end - 1)),
                "while a dropped sentence scrolls past, the other side stays put");
    }

    @Test
    void paragraphsMapOffsetsBothWays() {
        Paragraphs p = Paragraphs.of("ab\ncd\n\nef");
        assertEquals(4, p.count());
        assertEquals(1, p.of(3));
        assertEquals(1, p.of(5));
        assertEquals(2, p.of(6));
        assertEquals(3, p.of(9));
        assertEquals(7, p.start(3));
        assertEquals(5, p.end(1));
    }
}
