package app.corroborate.source;

import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A news feed saved as a file (RSS 2.0, RSS 1.0 or Atom): the story is the feed's item with the most text, read
 * as the page a browser would show for it (its headline, then its content, whose markup the feed carries
 * escaped), with the feed's title as the outlet and the item's date and author.
 *
 * <p>Guarantees: the other items never enter the story; when there are others, a note names how many and which
 * item was taken; an item's content markup goes through {@link HtmlExtractor}, so furniture rules and visibility
 * apply to it as to any page.
 */
final class FeedExtractor {

    private static final String ITEMS = "item, entry";

    /** True when {@code head} (lower case) opens with a feed's root element, after an XML prolog or comments. */
    static boolean isFeed(String head) {
        int i = 0;
        while (true) {
            while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
                i++;
            }
            if (head.startsWith("<?", i) || head.startsWith("<!", i)) {
                int end = head.indexOf('>', i);
                if (end < 0) {
                    return false;
                }
                i = end + 1;
                continue;
            }
            return head.startsWith("<rss", i) || head.startsWith("<feed", i) || head.startsWith("<rdf:rdf", i);
        }
    }

    Extraction extract(String xml) {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        List<Element> items = feed.select(ITEMS);
        if (items.isEmpty()) {
            return new HtmlExtractor().extract(xml);
        }
        Element item = items.stream()
                .max(Comparator.comparingInt(FeedExtractor::contentLength))
                .orElseThrow();
        Extraction page = new HtmlExtractor().extract(asPage(feed, item));
        if (items.size() == 1) {
            return page;
        }
        String title = childText(item, "title");
        ImportWarning note = new ImportWarning(
                ImportWarning.FEED_ITEM,
                items.size(),
                "the feed holds " + items.size() + " items; the one with the most text"
                        + (title != null ? ", \"" + title + "\"," : "") + " was read as the story");
        return new Extraction(page.text(), page.blocks(), page.metadata(), List.of(note));
    }

    private static int contentLength(Element item) {
        return Jsoup.parse(content(item)).text().length();
    }

    /** The item's content markup: full content where the feed has it, else its description or summary. */
    private static String content(Element item) {
        for (String name : List.of("content:encoded", "content", "description", "summary")) {
            String value = childText(item, name);
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    private static String childText(Element item, String name) {
        for (Element child : item.children()) {
            if (child.tagName().equalsIgnoreCase(name)) {
                String value = child.wholeText().strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The item as an HTML page: meta tags for the outlet, date and author, the headline, the content. */
    private static String asPage(Document feed, Element item) {
        Element channel = feed.selectFirst("channel, feed");
        String outlet = channel == null ? null : childText(channel, "title");
        StringBuilder html = new StringBuilder("<!doctype html><html><head>");
        meta(html, "og:site_name", outlet);
        meta(html, "article:published_time", firstOf(item, "pubDate", "published", "updated", "dc:date"));
        meta(html, "author", firstOf(item, "dc:creator", "author"));
        html.append("</head><body><article>");
        String title = childText(item, "title");
        if (title != null) {
            html.append("<h1>").append(org.jsoup.nodes.Entities.escape(title)).append("</h1>");
        }
        html.append(content(item)).append("</article></body></html>");
        return html.toString();
    }

    private static String firstOf(Element item, String... names) {
        for (String name : names) {
            String value = childText(item, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Appends a meta tag ({@code og:...} and {@code article:...} as properties) when there is a value. */
    static void meta(StringBuilder html, String name, String value) {
        if (value != null) {
            String attribute = name.contains(":") ? "property" : "name";
            html.append("<meta ")
                    .append(attribute)
                    .append("=\"")
                    .append(name)
                    .append("\" content=\"")
                    .append(org.jsoup.nodes.Entities.escape(value))
                    .append("\">");
        }
    }
}
