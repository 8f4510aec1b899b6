package app.corroborate.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text set in two columns side by side, as a PDF reader's "keep the layout" export or a print page saved as text
 * gives it: the run of lines the two columns share is read as the left column's lines, then the right column's,
 * page by page (pages end at a form feed or at a line that holds a page number only). A box drawn with
 * {@code +---+} and {@code |} inside a column keeps its words and loses its frame.
 *
 * <p>Guarantees: text without such a run comes back as the same string; a run is read as columns only when at
 * least {@value #MIN_LINES} of its lines have text on both sides of one gutter of at least two spaces that no
 * line of the run crosses, and both sides carry prose (on average at least {@value #MIN_SIDE} characters: a
 * table's short cells are no columns); no word is lost or changed, only the order of the lines of a run, the
 * spaces at their ends, and the breaks that wrap a column's paragraphs (read at the column's own width).
 */
final class TextColumns {

    /**
     * Lines with text on both sides of the gutter a run needs: a table or an aligned list of a few rows is not a
     * page of columns (chosen so that the fact boxes and results tables of the stories in the tests stay as they
     * are, while a column page of a magazine has dozens).
     */
    static final int MIN_LINES = 8;

    /** Average characters on each side of the gutter: a column of prose, not cells of figures. */
    static final int MIN_SIDE = 20;

    /** How far before the usual start of the right column's lines its gutter may end. */
    private static final int SHIFT = 6;

    /** The gutter never sits nearer the line start than this (an indent is no column). */
    private static final int MIN_GUTTER = 15;

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*\\d{1,4}\\s*");
    private static final Pattern BOX_EDGE = Pattern.compile(" *+\\+[-=+]{3,}+\\+? *+");

    private TextColumns() {}

    /** The text with each page's columns read one after the other (the same string when there are none). */
    static String linearise(String text) {
        if (text.indexOf("  ") < 0) {
            return text;
        }
        String[] pages = text.split("\f", -1);
        List<String> read = new ArrayList<>(pages.length);
        boolean changed = false;
        for (String page : pages) {
            String[] lines = page.split("\n", -1);
            List<String> out = new ArrayList<>(lines.length);
            int start = 0;
            for (int i = 0; i <= lines.length; i++) {
                if (i == lines.length || PAGE_NUMBER.matcher(lines[i]).matches()) {
                    changed |= page(lines, start, i, out);
                    if (i < lines.length) {
                        out.add(lines[i]);
                    }
                    start = i + 1;
                }
            }
            read.add(String.join("\n", out));
        }
        return changed ? String.join("\f", read) : text;
    }

    /** Adds lines {@code from} to {@code to} to {@code out}, a run of columns read in order; true if there was one. */
    private static boolean page(String[] lines, int from, int to, List<String> out) {
        Run best = null;
        for (int g : gutters(lines, from, to)) {
            Run r = bestRun(lines, from, to, g);
            if (r != null && (best == null || r.twoSided >= best.twoSided)) {
                best = r;
            }
        }
        if (best == null) {
            for (int i = from; i < to; i++) {
                out.add(lines[i]);
            }
            return false;
        }
        for (int i = from; i < best.from; i++) {
            out.add(lines[i]);
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = best.from; i < best.to; i++) {
            String line = lines[i];
            int g = best.gutter;
            left.add(unboxed(line.substring(0, Math.min(line.length(), g)).stripTrailing()));
            right.add(line.length() > g ? unboxed(line.substring(g).stripTrailing()) : "");
        }
        out.add(column(left));
        out.add("");
        out.add(column(right));
        out.add("");
        for (int i = best.to; i < to; i++) {
            out.add(lines[i]);
        }
        return true;
    }

    /**
     * A column's lines as text, its paragraphs run on across their wraps at the column's own width (the page's
     * other lines, a headline set across both columns, would hide it from a reading of the whole text).
     */
    private static String column(List<String> lines) {
        return HardWraps.unwrap(LineBreakHyphens.join(String.join("\n", lines)));
    }

    /** A line of a column without the frame of a box drawn around it. */
    private static String unboxed(String segment) {
        if (BOX_EDGE.matcher(segment).matches()) {
            return "";
        }
        int open = firstText(segment);
        if (open >= segment.length() || segment.charAt(open) != '|') {
            return segment;
        }
        String inner = segment.substring(open + 1).strip();
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1).strip();
        }
        return segment.substring(0, open) + inner;
    }

    private record Run(int from, int to, int gutter, int twoSided) {}

    /**
     * Where a right-hand text starts after a gap of two spaces on at least three lines of the page: the only
     * places a gutter can end.
     */
    private static List<Integer> gutters(String[] lines, int from, int to) {
        Map<Integer, Integer> starts = new HashMap<>();
        for (int i = from; i < to; i++) {
            String line = lines[i];
            int first = firstText(line);
            for (int k = Math.max(MIN_GUTTER, first + 3); k < line.length(); k++) {
                if (line.charAt(k) != ' ' && line.charAt(k - 1) == ' ' && line.charAt(k - 2) == ' ') {
                    starts.merge(k, 1, Integer::sum);
                }
            }
        }
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        starts.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(CANDIDATES)
                .forEach(e -> {
                    // the gutter may end a little before the usual start: a column's lines set further in (a box,
                    // a table) and a few set at the column's edge share it
                    for (int g = Math.max(MIN_GUTTER, e.getKey() - SHIFT); g <= e.getKey(); g++) {
                        out.add(g);
                    }
                });
        return List.copyOf(out);
    }

    /**
     * The most frequent starts of a right-hand text tried as the gutter's end: a page of columns has one or two (a
     * long text whose sentences are set two spaces apart has many, each on a few lines, and is no page of columns).
     */
    private static final int CANDIDATES = 8;

    /** Where the line's text starts (its length when it is blank). */
    private static int firstText(String line) {
        int k = 0;
        while (k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** Where the line's text ends (0 when it is blank). */
    private static int lastText(String line) {
        int k = line.length();
        while (k > 0 && Character.isWhitespace(line.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /** The longest run of lines that no text crosses at {@code g}, if it reads as two columns of prose. */
    private static Run bestRun(String[] lines, int from, int to, int g) {
        Run best = null;
        int runStart = from;
        int twoSided = 0;
        long left = 0;
        long right = 0;
        for (int i = from; i <= to; i++) {
            if (i == to || crosses(lines[i], g)) {
                if (twoSided >= MIN_LINES
                        && left / twoSided >= MIN_SIDE
                        && right / twoSided >= MIN_SIDE
                        && (best == null || twoSided > best.twoSided)) {
                    best = new Run(runStart, i, g, twoSided);
                }
                runStart = i + 1;
                twoSided = 0;
                left = 0;
                right = 0;
                continue;
            }
            String line = lines[i];
            int first = firstText(line);
            int last = lastText(line);
            if (first < g - 2 && last > g) {
                twoSided++;
                left += Math.min(g - 2, last) - first;
                right += last - Math.max(g, first);
            }
        }
        return best;
    }

    /** True if text runs through the two columns before {@code g} (the line is set across the gutter). */
    private static boolean crosses(String line, int g) {
        return line.length() > g - 2 && line.charAt(g - 2) != ' ' || line.length() > g - 1 && line.charAt(g - 1) != ' ';
    }
}
