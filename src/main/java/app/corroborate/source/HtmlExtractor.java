package app.corroborate.source;

import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Visible text of an HTML page, through jsoup.
 *
 * <p>Guarantees: script, style, template, noscript and hidden elements contribute nothing; entities are
 * decoded; whitespace collapses as a browser shows it; block elements become paragraph breaks (blank lines)
 * while inline elements and links stay inline text; every block records its structural context for the
 * furniture detector. Tolerates broken markup (jsoup repairs it). Linear in the size of the page.
 */
public final class HtmlExtractor {

    static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul",
            "br",
            "html");
    private static final Set<String> CONTAINERS = Set.of(
            "body",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "nav",
            "form",
            "html",
            "center",
            "figure",
            "details",
            "dialog",
            "fieldset",
            "menu");

    public Extraction extract(String html) {
        Document doc = Jsoup.parse(html);
        SourceMetadata metadata = HtmlMetadata.read(doc);
        HtmlVisibility.removeInvisible(doc);
        Element root = doc.body() != null ? doc.body() : doc;
        TextBuilder builder = new TextBuilder(StoryRoot.of(root));
        NodeTraversor.traverse(new Visitor(builder), root);
        builder.endBlock();
        return new Extraction(builder.text.toString(), builder.blocks, metadata);
    }

    private record Visitor(TextBuilder builder) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                builder.append(textNode);
            } else if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                builder.endBlock();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                builder.endBlock();
            }
        }
    }

    /** Accumulates collapsed text block by block. */
    private static final class TextBuilder {
        final Element story;
        final StringBuilder text = new StringBuilder();
        final List<Block> blocks = new ArrayList<>();
        int blockStart = -1;
        int linkChars;
        TextNode first;
        boolean pendingSpace;

        TextBuilder(Element story) {
            this.story = story;
        }

        void append(TextNode node) {
            String raw = node.getWholeText();
            Element parent = node.parent();
            boolean inLink = parent != null && parent.closest("a") != null;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) && c != '\u00A0') {
                    pendingSpace = blockStart >= 0;
                    continue;
                }
                startBlockIfNeeded(node);
                if (pendingSpace) {
                    text.append(' ');
                    pendingSpace = false;
                }
                text.append(c);
                if (inLink) {
                    linkChars++;
                }
            }
        }

        private void startBlockIfNeeded(TextNode node) {
            if (blockStart >= 0) {
                return;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            blockStart = text.length();
            first = node;
            linkChars = 0;
        }

        void endBlock() {
            pendingSpace = false;
            if (blockStart < 0) {
                return;
            }
            Span span = PlainTextExtractor.trim(text.toString(), blockStart, text.length());
            if (span != null) {
                double density = (double) linkChars / Math.max(1, span.length());
                blocks.add(new Block(span, tagOf(first), HtmlStructure.hint(first, story), Math.min(1, density)));
            }
            blockStart = -1;
        }

        private static String tagOf(TextNode node) {
            Element block = node.parent();
            while (block != null && !BLOCKS.contains(block.normalName())) {
                block = block.parent();
            }
            if (block == null) {
                return "#text";
            }
            if (CONTAINERS.contains(block.normalName()) && hasParagraphChild(block)) {
                return "#text";
            }
            return block.normalName();
        }

        private static boolean hasParagraphChild(Element container) {
            for (Element child : container.children()) {
                if (child.normalName().equals("p")) {
                    return true;
                }
            }
            return false;
        }
    }
}
