package app.corroborate.source;

import java.util.regex.Pattern;

/**
 * A wire desk's own lines about the story, not of it: the end mark that closes a wire story ("-- Ends --",
 * "ENDS", "-30-", "###") and the short desk notes after it (slug, word count, picture and licence notes), and
 * desk label lines ("Words: 412", "Slug: ...", "Picture available: ...", "FOR IMMEDIATE RELEASE") at the top or
 * bottom of a page, and an edition's bracketed note on what it changed ("(Corrects ...)", "(Updates with ...)") at the
 * top.
 *
 * <p>Guarantees: an end mark counts only in the second half of the page, and only blocks of at most
 * {@value #NOTE_WORDS} words after it are marked, so a story that goes on at length after a stray "End" keeps its
 * text, unless the end mark is followed by the heading of a press release's section for the desk ("Notes to
 * editors:"), after which everything is. Linear in the number of blocks.
 */
final class DeskLineRule implements FurnitureRule {

    private static final Pattern END_MARK = Pattern.compile(
            "^[\\s\\-\u2013\u2014=#*(\\[]*(ends?|end of (story|text)|30|#+)[\\s\\-\u2013\u2014=#*)\\].]*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DESK_LABEL = Pattern.compile(
            "^(words|word count|wordcount|length|slug|keywords|priority|pictures? available|picture desk|"
                    + "photos? available|image ref|licen[cs]e|embargo|embargoed|story id|wire id)"
                    + "\\s*[:=\u2013\u2014-]\\s*\\S.*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The heading of a press release's section for the desk after its end mark ("Notes to editors:", "About the
     * Agency", "For media enquiries, contact:"): what follows it, however long its paragraphs, is for journalists.
     */
    private static final Pattern DESK_SECTION = Pattern.compile(
            "^(notes? (to|for) editors?|editors?'?s?'? notes?|background (note|information)|about\\s+[^\\d.!?]+"
                    + "|for (further|more) information.*|media (contacts?|enquiries|inquiries).*"
                    + "|for media (enquiries|inquiries).*)\\s*:?$",
            Pattern.CASE_INSENSITIVE);

    /** A press release's label for the desk at its top ("FOR IMMEDIATE RELEASE", "MEDIA RELEASE"). */
    private static final Pattern RELEASE_LABEL = Pattern.compile(
            "^(for immediate release|immediate release|(media|press|news) release|for release)\\.?:?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A wire desk's note on what an edition changed, in brackets on its own line at the top ("(Corrects distance in
     * paragraph 2 to 37 km from 73 km)", "(Updates with minister's comments)", "(Adds background, recasts)"):
     * addressed to editors, its figures are the desk's, not the story's.
     */
    private static final Pattern CHANGE_NOTE = Pattern.compile(
            "^\\((corrects|updates|adds|recasts|changes|removes|refiles|repeats|fixes|inserts|deletes|rewrites"
                    + "|withdraws|adds?\\s+byline)\\b[^()]*\\)\\.?$",
            Pattern.CASE_INSENSITIVE);

    /** Blocks at the top of a page where an edition's note on its changes stands (under slug, headline, byline). */
    private static final int NOTE_TOP = 8;

    /** A desk section's heading is short. */
    static final int SECTION_WORDS = 8;

    /** Words a desk note after the end mark runs to at most (a picture note with its reference: about 15). */
    static final int NOTE_WORDS = 30;

    /** Blocks at the top or bottom of a page where a desk label line is read as one. */
    private static final int EDGE = 4;

    @Override
    public void apply(Page page) {
        int end = -1;
        for (int i = page.size() / 2; i < page.size() && end < 0; i++) {
            if (!page.marked(i) && END_MARK.matcher(page.text(i).strip()).matches()) {
                end = i;
            }
        }
        if (end >= 0) {
            page.mark(end, FurnitureReason.OTHER);
            boolean deskSection = end + 1 < page.size()
                    && page.words(end + 1) <= SECTION_WORDS
                    && DESK_SECTION.matcher(page.text(end + 1).strip()).matches();
            for (int i = end + 1; i < page.size() && (deskSection || page.words(i) <= NOTE_WORDS); i++) {
                page.mark(i, FurnitureReason.OTHER);
            }
        }
        for (int i = 0; i < page.size(); i++) {
            boolean edge = i < EDGE || i >= page.size() - EDGE;
            String t = page.text(i).strip();
            if (i < NOTE_TOP && CHANGE_NOTE.matcher(t).matches()) {
                page.mark(i, FurnitureReason.NOTE);
                continue;
            }
            if (edge
                    && page.words(i) <= NOTE_WORDS
                    && (DESK_LABEL.matcher(t).matches()
                            || RELEASE_LABEL.matcher(t).matches())) {
                page.mark(i, FurnitureReason.LABEL);
            }
        }
    }
}
