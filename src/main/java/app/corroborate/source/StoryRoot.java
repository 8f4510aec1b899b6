package app.corroborate.source;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The element that holds a page's story: the one whose own paragraphs (its {@code p} children, and running text
 * directly inside it, as a blog separates paragraphs by line breaks) add up to the most text.
 *
 * <p>Guarantees: null when no element holds at least {@value #MIN_CHARS} characters of its own prose, so a short
 * page is judged by its markup alone; one pass over the page, linear in its size.
 */
final class StoryRoot {

    /**
     * Less running text than this in one element is not taken for a story (a teaser, a notice, one comment). The
     * story elements of the keyed HTML pages hold 706 characters and more (most 2,000 to 3,500); a short page below
     * this is judged by its markup alone, as before.
     */
    static final int MIN_CHARS = 500;

    private StoryRoot() {}

    /** The story's element under {@code root}, or null. */
    static Element of(Element root) {
        Element best = null;
        int bestChars = MIN_CHARS - 1;
        for (Element el : root.getAllElements()) {
            int own = ownProse(el);
            if (own > bestChars) {
                best = el;
                bestChars = own;
            }
        }
        return best;
    }

    /** Characters of text in the element's paragraph children and in text or inline elements directly inside it. */
    private static int ownProse(Element el) {
        int chars = 0;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                chars += t.text().strip().length();
            } else if (child instanceof Element c
                    && (c.normalName().equals("p") || !HtmlExtractor.BLOCKS.contains(c.normalName()))) {
                chars += c.text().length();
            }
        }
        return chars;
    }
}
