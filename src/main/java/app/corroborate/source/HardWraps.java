package app.corroborate.source;

import app.corroborate.text.Span;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of plain text wrapped at a fixed width (a PDF or a print edition dumped as text, an e-mail): the lines of
 * one paragraph are read as one, so that a sentence runs on across its line breaks. A break is a wrap when the next
 * line's first word would not have fitted on the line: the line plus that word passes the text's width. Text that
 * is not wrapped (a paragraph per line) is left as it is.
 *
 * <p>Guarantees: only a single line break between two non-blank lines becomes a space, so the text keeps its
 * length and every offset; a line that is a list item, a line after one ending in a colon, and a table's row
 * (cells set apart by wide runs of spaces) stay lines.
 */
final class HardWraps {

    /** The narrowest and widest wrap widths: a column of a printed page to a terminal's width. */
    static final int MIN_WIDTH = 28;

    /**
     * Below this width a text is wrapped only when many of its lines fill the column and many go on from the line
     * before (a newspaper column dumped from an e-paper, 30 to 40 characters, whose lines open mid-sentence in lower
     * case): a page of short items (a menu, a list of headlines), whose lines each open with a capital, is not.
     */
    static final int NARROW = 40;

    /** The share of lines a narrow text must have near its width. */
    static final double NARROW_SHARE = 0.4;

    /** The share of lines of a narrow text that must open in lower case or with a digit (a sentence going on). */
    static final double GOING_ON = 0.3;

    static final int MAX_WIDTH = 100;
    /** Lines that must reach close to the width (within {@value #NEAR}) for the text to count as wrapped. */
    static final int WRAPPED_LINES = 5;

    static final int NEAR = 12;

    /**
     * A wrapped line may be set in this far (a block quote, a list item's hanging indent: 3 to 6 spaces in a PDF
     * dumped as text), and only as far as the line before it (a block quote) or further in below a list item (its
     * hanging indent); a line set further in is a heading or a signature placed on its own, and a line set in below
     * one that is not opens a paragraph.
     */
    static final int INDENT = 8;
    /** How far short of the text's widest lines a wrapping program may have set its width. */
    static final int SLACK = 4;

    /** A list item's opening: "1.", "2)", "a)", "iv.", a dash or a bullet. */
    private static final Pattern ITEM =
            Pattern.compile("^(\\d{1,3}[.)]|[-*\u2022\u2013\u00B7]|[a-z][.)]|[ivx]{1,5}[.)])\\s.*");

    private HardWraps() {}

    /**
     * The text with each line break that wraps a paragraph turned into a space (same length, so every offset holds);
     * the text itself when it is not wrapped.
     */
    static String unwrap(String text) {
        List<Block> lines = PlainTextExtractor.lines(text);
        int width = width(text, lines);
        if (width == 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 1; i < lines.size(); i++) {
            Span previous = lines.get(i - 1).span();
            if (wrapped(text, previous, lines.get(i).span(), width)) {
                out[text.indexOf('\n', previous.end())] = ' ';
            }
        }
        return new String(out);
    }

    /** The width the text is wrapped at, or 0 when it is not wrapped. */
    static int width(String text, List<Block> lines) {
        int[] lengths = lines.stream().mapToInt(b -> b.span().length()).sorted().toArray();
        if (lengths.length < WRAPPED_LINES * 2) {
            return 0;
        }
        int width = lengths[(int) Math.floor(0.95 * (lengths.length - 1))];
        long near = Arrays.stream(lengths)
                .filter(n -> n >= width - NEAR && n <= width)
                .count();
        boolean filled = width >= NARROW
                || near >= NARROW_SHARE * lengths.length && goingOn(text, lines) >= GOING_ON * lengths.length;
        return width >= MIN_WIDTH && width <= MAX_WIDTH && near >= WRAPPED_LINES && filled ? width : 0;
    }

    /** Lines that open in lower case or with a digit: a sentence going on from the line before. */
    private static long goingOn(String text, List<Block> lines) {
        return lines.stream()
                .map(b -> b.span().of(text).strip())
                .filter(l -> !l.isEmpty())
                .filter(l -> Character.isLowerCase(l.codePointAt(0)) || Character.isDigit(l.codePointAt(0)))
                .count();
    }

    /**
     * A row of a table or an aligned list: a few cells set apart by a gap of {@value #CELL_GAP} spaces or more, or
     * any line with a gap of {@value #WIDE_GAP} or more. Justified prose stretches its many word spaces to two or
     * three, never to a table's gaps between a handful of cells.
     */
    private static boolean aligned(String line) {
        int widest = 0;
        int run = 0;
        int words = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                run++;
                continue;
            }
            if (run > 0 || i == 0) {
                words++;
            }
            widest = Math.max(widest, run);
            run = 0;
        }
        return widest >= WIDE_GAP || widest >= CELL_GAP && words <= CELLS;
    }

    /** Spaces between two cells of a row (justified prose puts at most three between its words). */
    static final int CELL_GAP = 4;

    /** A gap this wide sets a line in cells whatever its words. */
    static final int WIDE_GAP = 8;

    /** Words a row of cells holds at most (a justified line of a column holds more). */
    static final int CELLS = 8;

    /** The break between two consecutive lines of one paragraph was forced by the width. */
    private static boolean wrapped(String text, Span previous, Span line, int width) {
        String gap = text.substring(previous.end(), line.start());
        if (!gap.startsWith("\n") || gap.indexOf('\n', 1) >= 0 || gap.length() - 1 > INDENT) {
            return false; // a blank line between (a new paragraph), or a line set far in (a heading set right)
        }
        String before = previous.of(text);
        String next = line.of(text);
        if (ITEM.matcher(next).matches() || before.endsWith(":") || aligned(before) || aligned(next)) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', previous.start() - 1) + 1;
        int indent = gap.length() - 1;
        int indentBefore = previous.start() - lineStart;
        boolean hanging = indent > indentBefore && ITEM.matcher(before).matches();
        if (indent > 0 && indent != indentBefore && !hanging) {
            return false; // a paragraph's indented first line, or a line set in on its own
        }
        int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
        return previous.end() - lineStart + 1 + firstWord > width - SLACK;
    }
}
