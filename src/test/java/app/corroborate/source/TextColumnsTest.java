package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page set in two columns read column after column; single columns and tables left alone. */
class TextColumnsTest {

    private static final int GUTTER = 46;

    /** Two columns set side by side at {@link #GUTTER}, as a PDF reader keeping the layout writes them. */
    private static String sideBySide(List<String> left, List<String> right) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "";
            String r = i < right.size() ? right.get(i) : "";
            out.append(r.isEmpty() ? l : l + " ".repeat(GUTTER - l.length()) + r)
                    .append('\n');
        }
        return out.toString();
    }

    private static List<String> column(String prefix, int lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            out.add(prefix + " line " + i + " of the column goes on here");
        }
        return out;
    }

    @Test
    void theLeftColumnIsReadBeforeTheRightOnePageAtATime() {
        String page1 = sideBySide(column("alpha", 10), column("beta", 10));
        String page2 = sideBySide(column("gamma", 9), column("delta", 9));
        String text = "HEADLINE SET ACROSS THE WHOLE PAGE WIDTH OF THE MAGAZINE ABOVE ITS COLUMNS\n\n" + page1
                + "\n                     12\n" + page2;
        String read = TextColumns.linearise(text);
        int alpha = read.indexOf("alpha line 9");
        int beta = read.indexOf("beta line 0");
        int gamma = read.indexOf("gamma line 0");
        int delta = read.indexOf("delta line 0");
        assertTrue(read.startsWith("HEADLINE SET ACROSS"), "the headline set across the page stays first");
        assertTrue(
                alpha >= 0 && alpha < beta && beta < read.indexOf("12") && read.indexOf("12") < gamma && gamma < delta,
                read);
        assertTrue(read.contains("alpha line 0 of the column goes on here"), "no word of a column is lost");
    }

    @Test
    void aBoxInAColumnKeepsItsWordsAndLosesItsFrame() {
        List<String> right = new ArrayList<>(column("beta", 10));
        right.addAll(List.of(
                "+-------------------------+", "|  \"A quote pulled out\"    |", "+-------------------------+"));
        String read = TextColumns.linearise(sideBySide(column("alpha", 13), right));
        assertTrue(read.contains("\"A quote pulled out\""), read);
        assertTrue(!read.contains("+---") && !read.contains("|"), read);
    }

    @Test
    void textInOneColumnATableAndAFewAlignedLinesStayAsTheyAre() {
        String prose = String.join("\n", column("plain", 30)) + "\n";
        assertSame(prose, TextColumns.linearise(prose));
        StringBuilder table = new StringBuilder("Results of the count, ward by ward\n");
        for (int i = 0; i < 12; i++) {
            table.append("Ward ")
                    .append(i)
                    .append("            ")
                    .append(100 + i)
                    .append("     ")
                    .append(7 * i)
                    .append('\n');
        }
        String cells = table.toString();
        assertSame(cells, TextColumns.linearise(cells), "short cells are no columns");
        String few = sideBySide(column("alpha", 4), column("beta", 4));
        assertSame(few, TextColumns.linearise(few), "four lines side by side are no page of columns");
    }

    @Test
    void theColumnsParagraphsRunOnAcrossTheirWrapsWhileATablesRowsStayLines() {
        String read = TextColumns.linearise(sideBySide(column("alpha", 12), column("beta", 12)));
        assertEquals(
                1,
                read.lines()
                        .filter(l -> l.contains("alpha line 0") && l.contains("alpha line 1"))
                        .count(),
                "a column's wrapped lines are one paragraph: " + read);
        assertTrue(
                HardWraps.unwrap("Fiscal year      Deaths    Injured\n2080/81          2,389     12,904\n")
                        .contains("\n2080/81"),
                "a table's rows are not joined");
    }

    @Test
    void aFormFeedEndsAPage() {
        String text = sideBySide(column("alpha", 10), column("beta", 10)) + "\f"
                + sideBySide(column("gamma", 10), column("delta", 10));
        String read = TextColumns.linearise(text);
        assertTrue(
                read.indexOf("beta line 9") < read.indexOf("gamma line 0"), "page one's columns come first: " + read);
        assertTrue(read.contains("\f"), "the page break stays");
    }

    @Test
    void justifiedLinesStillRunOnWhileARowOfCellsDoesNot() {
        String justified = "The   council   voted   on   Monday   to   close   the   old   bridge   to   all\n"
                + "traffic after engineers found cracks in two of its piers during an inspection\n";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append(justified).append('\n');
        }
        String read = HardWraps.unwrap(text.toString());
        assertTrue(read.contains("all traffic"), "a justified line is prose: " + read);
    }
}
