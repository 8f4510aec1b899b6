package app.corroborate.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * An article exported as JSON (a newsroom system's export, a site's API answer): the story is the article's
 * headline, standfirst and body, read as the page a browser would show for it, with its outlet, date and byline
 * as metadata. Identifiers, slugs, settings, image records, related links and search-engine fields never enter
 * the text.
 *
 * <p>Guarantees: the body is the member (a string, or a list of strings or of blocks with a text) holding the most
 * prose in the document, wherever it is nested; the headline and standfirst are read from the object that holds
 * the body, or the nearest one above it; a body that carries markup is read as markup, a plain one by its blank
 * lines; the page goes through {@link HtmlExtractor}, so furniture rules apply as to any page; a file that does
 * not parse as JSON, or holds no prose, is read as plain text.
 */
final class JsonExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> HEADLINE = List.of("headline", "title", "hed", "name");
    private static final List<String> STANDFIRST =
            List.of("standfirst", "dek", "subheadline", "subtitle", "summary", "lede", "excerpt", "abstract");
    private static final List<String> PUBLISHED =
            List.of("published_at", "publishedAt", "datePublished", "published", "pubDate", "first_published", "date");
    private static final List<String> AUTHOR = List.of("byline", "author", "authors", "creator");
    private static final List<String> OUTLET = List.of("publisher", "site_name", "siteName", "outlet", "publication");

    /** Member names whose blocks are never story text (a list of images or links inside a body). */
    private static final Set<String> NOT_TEXT = Set.of(
            "image",
            "images",
            "photo",
            "media",
            "video",
            "embed",
            "ad",
            "advert",
            "related",
            "seo",
            "meta",
            "tags",
            "comments",
            "comment",
            "replies",
            "discussion",
            "recommended",
            "more",
            "readmore",
            "promo",
            "newsletter");

    /** Member names a newsroom system gives its article's body: preferred over any other member with prose. */
    private static final Set<String> BODY = Set.of(
            "body",
            "content",
            "articlebody",
            "article_body",
            "text",
            "blocks",
            "story",
            "bodytext",
            "body_text",
            "paragraphs");

    /** Words a string must hold to count as prose, not a label or an identifier. */
    private static final int PROSE_WORDS = 6;

    /** True when {@code text} is one JSON object or array (by its first and last characters). */
    static boolean isJson(String text) {
        String t = text.strip();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1).strip();
        }
        if (t.length() <= 2
                || !(t.charAt(0) == '{' && t.charAt(t.length() - 1) == '}'
                        || t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']')) {
            return false;
        }
        int k = 1;
        while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
            k++;
        }
        char next = t.charAt(k);
        // an object opens on a member's name, an array on a value: "[UPDATED 10:40] ... [ENDS]" is text
        return t.charAt(0) == '{' ? next == '"' || next == '}' : "{[\"]-0123456789tfn".indexOf(next) >= 0;
    }

    Extraction extract(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text.strip().replace("\uFEFF", ""));
        } catch (JsonProcessingException e) {
            return new PlainTextExtractor().extract(text);
        }
        Body body = body(root, new ArrayList<>(), null);
        if (body == null) {
            return new PlainTextExtractor().extract(text);
        }
        StringBuilder html = new StringBuilder("<!doctype html><html><head>");
        FeedExtractor.meta(html, "og:site_name", name(first(body.path(), OUTLET)));
        FeedExtractor.meta(html, "article:published_time", scalar(first(body.path(), PUBLISHED)));
        FeedExtractor.meta(html, "author", name(first(body.path(), AUTHOR)));
        html.append("</head><body><article>");
        String headline = scalar(first(body.path(), HEADLINE));
        headline = headline == null ? null : org.jsoup.Jsoup.parse(headline).text();
        if (headline != null) {
            html.append("<h1>").append(Entities.escape(headline)).append("</h1>");
        }
        String standfirst = scalar(first(body.path(), STANDFIRST));
        if (standfirst != null) {
            html.append("<p>").append(Entities.escape(standfirst)).append("</p>");
        }
        for (String part : body.parts()) {
            html.append(part.contains("<") && part.contains(">") ? part : paragraphs(part));
        }
        html.append("</article></body></html>");
        return new HtmlExtractor().extract(html.toString());
    }

    /**
     * The member holding the most prose, with the objects from the root to the one that holds it ({@code path},
     * nearest last) and its parts in order.
     */
    private record Body(List<JsonNode> path, List<String> parts, int prose, boolean named) {}

    private static Body body(JsonNode node, List<JsonNode> path, String name) {
        if (name != null && NOT_TEXT.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Body best = null;
        if (node.isObject()) {
            path.add(node);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (HEADLINE.contains(member.getKey()) || STANDFIRST.contains(member.getKey())) {
                    continue;
                }
                best = better(best, candidate(member.getKey(), member.getValue(), path));
                best = better(best, body(member.getValue(), path, member.getKey()));
            }
            path.remove(path.size() - 1);
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                best = better(best, body(item, path, name));
            }
        }
        return best;
    }

    /** A member read as a body: a string, or a list of strings or blocks with a text. */
    private static Body candidate(String name, JsonNode value, List<JsonNode> path) {
        if (NOT_TEXT.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        String rendered = value.isObject() ? scalar(value) : null;
        if (rendered != null) {
            parts.add(rendered); // {"content": {"rendered": "<p>..."}}
        } else if (value.isTextual()) {
            parts.add(value.asText());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                String t = item.isTextual() ? item.asText() : blockText(item);
                if (t != null) {
                    parts.add(t);
                }
            }
        }
        int prose = parts.stream().mapToInt(JsonExtractor::proseWords).sum();
        boolean named = BODY.contains(name.toLowerCase(Locale.ROOT).replace("-", "_"));
        return prose == 0 ? null : new Body(List.copyOf(path), parts, prose, named);
    }

    /** The text of a body block ({"type": "paragraph", "text": ...}); none for an image, embed or advert. */
    private static String blockText(JsonNode block) {
        if (!block.isObject()) {
            return null;
        }
        String type = scalar(block.get("type"));
        if (type != null && NOT_TEXT.contains(type.toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (String key : List.of("text", "content", "html", "value", "body")) {
            if (block.hasNonNull(key) && block.get(key).isTextual()) {
                return block.get(key).asText();
            }
        }
        return null;
    }

    private static int proseWords(String s) {
        int words = s.strip().split("\\s+").length;
        return words >= PROSE_WORDS ? words : 0;
    }

    private static Body better(Body a, Body b) {
        if (b == null || a == null) {
            return b == null ? a : b;
        }
        if (b.named() != a.named()) {
            return b.named() ? b : a; // a member named as the body wins over any other prose (comments, captions)
        }
        return b.prose() > a.prose() ? b : a;
    }

    /** The first of {@code names} found in the nearest object of {@code path} that has one. */
    private static JsonNode first(List<JsonNode> path, List<String> names) {
        for (int i = path.size() - 1; i >= 0; i--) {
            for (String n : names) {
                JsonNode v = path.get(i).get(n);
                if (v != null && (scalar(v) != null || v.isArray() || v.isObject() && v.has("name"))) {
                    return v;
                }
            }
        }
        return null;
    }

    /** A value given as a string, or as an object that renders it ({"rendered": ...}, {"text": ...}). */
    private static String scalar(JsonNode v) {
        if (v != null && v.isObject()) {
            for (String key : List.of("rendered", "text", "value", "raw")) {
                if (v.hasNonNull(key) && v.get(key).isTextual()) {
                    return scalar(v.get(key));
                }
            }
            return null;
        }
        return v != null && v.isValueNode() && !v.asText().isBlank()
                ? v.asText().strip()
                : null;
    }

    /** A name given as a string, an object with a name, or a list of either (joined with "and"). */
    private static String name(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            List<String> names = new ArrayList<>();
            v.forEach(item -> {
                String n = name(item);
                if (n != null) {
                    names.add(n);
                }
            });
            return names.isEmpty() ? null : String.join(" and ", names);
        }
        return v.isObject() ? scalar(v.get("name")) : scalar(v);
    }

    private static String paragraphs(String plain) {
        StringBuilder out = new StringBuilder();
        for (String p : plain.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.append("<p>").append(Entities.escape(p.strip())).append("</p>");
            }
        }
        return out.toString();
    }
}
