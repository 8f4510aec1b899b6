package app.corroborate.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bylines and author blurbs in the top matter of a story (before the first body paragraph): a line "By Name",
 * or a short name line confirmed by the blurb that follows it ("News Desk" then "The News Desk provides ...").
 * The name becomes the byline.
 */
final class BylineRule implements FurnitureRule {

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*|of|and|de|da|van|von|al|el|&");

    @Override
    public void apply(Page page) {
        int top = page.firstBodyBlock();
        for (int i = 0; i < Math.min(page.size(), Math.max(top, SEGMENTED_WITHIN)); i++) {
            if (segmented(page, i) || i >= top) {
                continue;
            }
            if (page.marked(i) || page.words(i) > 8 || page.endsAsSentence(i)) {
                continue;
            }
            String t = page.text(i).strip();
            String name = withoutDate(t);
            if (name.toLowerCase(Locale.ROOT).startsWith("by ") && isName(name.substring(3))) {
                page.mark(i, FurnitureReason.BYLINE);
                page.byline(name.substring(3).strip());
            } else if (page.words(i) <= 5 && isName(t) && blurbFollows(page, i, t)) {
                page.mark(i, FurnitureReason.BYLINE);
                page.mark(i + 1, FurnitureReason.BYLINE);
                page.byline(t);
            }
        }
    }

    /** Separators of a byline's segments: "By Ama Owusu | November 18, 2025 | 5 min read". */
    private static final Pattern SEGMENTS = Pattern.compile("\\s+[|\u00B7\u2022]\\s+");

    /**
     * Blocks from the top in which a byline of segments is looked for, even past the first body block (a magazine
     * sets it under its standfirst, a page keeps a long menu above it): "By" a name, then bars, is never story
     * text.
     */
    static final int SEGMENTED_WITHIN = 40;

    /** The most words a byline of segments has (a name and agency, a posted and an updated date and time). */
    static final int SEGMENTED_WORDS = 24;

    /**
     * A byline set out in segments, a "By" name first: the line is a byline (unless a rule marked it before, as a
     * bar-separated line), its name the byline, and a segment that is a date the publication date. False (nothing
     * marked or recorded) for any other line.
     */
    private static boolean segmented(Page page, int i) {
        String[] parts = SEGMENTS.split(page.text(i).strip());
        if (parts.length < 2 || page.words(i) > SEGMENTED_WORDS) {
            return false;
        }
        String name = parts[0].strip();
        if (!name.toLowerCase(Locale.ROOT).startsWith("by ") || !isName(name.substring(3))) {
            return false;
        }
        if (!page.marked(i)) {
            page.mark(i, FurnitureReason.BYLINE);
        }
        page.byline(name.substring(3).strip());
        for (int k = 1; k < parts.length; k++) {
            if (Dates.looksLikeDate(parts[k])) {
                page.published(Dates.toIsoOrSelf(parts[k]));
                break;
            }
        }
        return true;
    }

    /** A byline without the date that often follows it ("By Ines Calder 2 May 2031"). */
    private static String withoutDate(String line) {
        java.util.regex.Matcher m = Dates.TRAILING_DATE.matcher(line);
        String cut = m.find() ? line.substring(0, m.start()) : line;
        return cut.replaceAll("[\\s,|\u00B7\u2022-]+$", "");
    }

    private static boolean isName(String s) {
        String[] parts = s.strip().split("[\\s,|]+");
        if (parts.length == 0 || parts.length > 6 || !Character.isUpperCase(parts[0].codePointAt(0))) {
            return false;
        }
        for (String p : parts) {
            if (!NAME_WORD.matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean blurbFollows(Page page, int i, String name) {
        if (i + 1 >= page.size() || page.marked(i + 1)) {
            return false;
        }
        String next = page.text(i + 1).strip();
        String lowerName = name.toLowerCase(Locale.ROOT);
        String lowerNext = next.toLowerCase(Locale.ROOT);
        return lowerNext.startsWith(lowerName + " ") || lowerNext.startsWith("the " + lowerName + " ");
    }
}
