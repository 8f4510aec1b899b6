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
        for (int i = 0; i < top; i++) {
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
