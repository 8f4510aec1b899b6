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
            if (t.toLowerCase(Locale.ROOT).startsWith("by ") && isName(t.substring(3))) {
                page.mark(i, FurnitureReason.BYLINE);
                page.byline(t.substring(3).strip());
            } else if (page.words(i) <= 5 && isName(t) && blurbFollows(page, i, t)) {
                page.mark(i, FurnitureReason.BYLINE);
                page.mark(i + 1, FurnitureReason.BYLINE);
                page.byline(t);
            }
        }
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
