package app.corroborate.source;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads what the enclosing markup says about a piece of text: navigation, site header and footer, asides,
 * captions, comment threads, advertisement slots, bylines, related-story boxes.
 *
 * <p>Guarantees: judges by element names, ARIA roles and the word tokens of class and id attributes (split on
 * dashes, underscores, spaces and camel case), never by the text itself; the innermost telling ancestor wins. The
 * element that holds the story (see {@link StoryRoot}) ends the walk: the wrappers around it (a blog's widget
 * column, a newsletter's post card) never make the story furniture, while furniture inside it still tells by its
 * own markup.
 */
final class HtmlStructure {

    private static final java.util.List<String> RELATED_PHRASES = java.util.List.of(
            "more stories",
            "more news",
            "read more",
            "most read",
            "most popular",
            "top stories",
            "also like",
            "you may like",
            "next up",
            "up next",
            "around the web",
            "also read");

    private HtmlStructure() {}

    /** The furniture reason implied by the ancestors of {@code node}, or null for story structure. */
    static FurnitureReason hint(Node node) {
        return hint(node, null);
    }

    /** As {@link #hint(Node)}, with the walk ending at {@code story}, the element holding the story (may be null). */
    static FurnitureReason hint(Node node, Element story) {
        boolean insideArticle = false;
        for (Node n = node.parent(); n instanceof Element el && el != story; n = n.parent()) {
            FurnitureReason r = byElement(el, insideArticle);
            if (r != null) {
                return r;
            }
            insideArticle |= isArticle(el);
        }
        return null;
    }

    private static boolean isArticle(Element el) {
        if (el.normalName().equals("article")
                || el.normalName().equals("main")
                || "main".equals(el.attr("role"))
                || "article".equals(el.attr("role"))) {
            return true;
        }
        return namedAs(el, "article")
                || namedAs(el, "story")
                || namedAs(el, "entry content")
                || namedAs(el, "post content");
    }

    private static boolean namedAs(Element el, String word) {
        String words =
                " " + (el.className() + " " + el.id()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        return words.contains(" " + word + " ");
    }

    private static FurnitureReason byElement(Element el, boolean insideArticle) {
        String tag = el.normalName();
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        switch (tag) {
            case "nav":
                return FurnitureReason.NAVIGATION;
            case "aside":
                return FurnitureReason.RELATED;
            case "figcaption":
                return FurnitureReason.CAPTION;
            case "header", "footer":
                if (!insideArticle && !hasArticleAncestor(el)) {
                    return FurnitureReason.NAVIGATION;
                }
                break;
            default:
                if ((namedAs(el, "header") || namedAs(el, "footer")) && !insideArticle && !hasArticleAncestor(el)) {
                    return FurnitureReason.NAVIGATION;
                }
                break;
        }
        switch (role) {
            case "navigation", "banner", "contentinfo", "menu", "menubar":
                return FurnitureReason.NAVIGATION;
            case "complementary":
                return FurnitureReason.RELATED;
            default:
                break;
        }
        return byNames(el.className() + " " + el.id());
    }

    private static boolean hasArticleAncestor(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (isArticle(p)) {
                return true;
            }
        }
        return false;
    }

    /** Furniture implied by class and id words. */
    static FurnitureReason byNames(String names) {
        String spaced = names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String words = " " + String.join(" ", spaced.split("[^a-z0-9]+")) + " ";
        for (String phrase : RELATED_PHRASES) {
            if (words.contains(" " + phrase + " ")) {
                return FurnitureReason.RELATED;
            }
        }
        for (String w : spaced.split("[^a-z0-9]+")) {
            FurnitureReason r = byWord(w);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static FurnitureReason byWord(String w) {
        if (w.isEmpty()) {
            return null;
        }
        if (w.equals("nav")
                || w.equals("navbar")
                || w.equals("menu")
                || w.equals("breadcrumb")
                || w.equals("breadcrumbs")
                || w.equals("masthead")
                || w.equals("topbar")) {
            return FurnitureReason.NAVIGATION;
        }
        if (w.equals("related")
                || w.equals("recommended")
                || w.equals("recirculation")
                || w.equals("trending")
                || w.equals("promo")
                || w.equals("teaser")
                || w.equals("readmore")
                || w.equals("outbrain")
                || w.equals("taboola")
                || w.equals("sidebar")
                || w.equals("widget")) {
            return FurnitureReason.RELATED;
        }
        if (w.equals("caption") || w.equals("figcaption") || w.equals("credit") || w.equals("credits")) {
            return FurnitureReason.CAPTION;
        }
        if (w.startsWith("comment") || w.equals("disqus") || w.equals("discussion")) {
            return FurnitureReason.COMMENTS;
        }
        if (w.equals("ad")
                || w.equals("ads")
                || w.startsWith("advert")
                || w.startsWith("sponsor")
                || w.equals("dfp")
                || w.equals("adslot")
                || w.equals("adunit")
                || w.equals("gpt")) {
            return FurnitureReason.ADVERTISEMENT;
        }
        if (w.equals("byline")
                || w.equals("bio")
                || w.equals("authorbio")
                || w.equals("contributor")
                || w.equals("author")
                || w.equals("authors")
                || w.equals("dateline")) {
            return FurnitureReason.BYLINE;
        }
        if (w.equals("share")
                || w.equals("social")
                || w.equals("newsletter")
                || w.equals("subscribe")
                || w.equals("cookie")
                || w.equals("paywall")
                || w.equals("tags")) {
            return FurnitureReason.OTHER;
        }
        return null;
    }
}
