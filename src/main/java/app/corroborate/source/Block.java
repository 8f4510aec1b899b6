package app.corroborate.source;

import app.corroborate.text.Span;

/**
 * A paragraph-level unit of extracted text with what the document's structure says about it.
 *
 * @param span        the block's trimmed text in the extracted text
 * @param tag         the nearest block element ({@code p}, {@code li}, {@code h2}...), {@code #text} for text not
 *                    inside any paragraph-like element, {@code line} for plain text
 * @param hint        furniture reason implied by the enclosing structure (nav, aside, figcaption...), or null
 * @param linkDensity share of the block's characters that sit inside links
 */
public record Block(Span span, String tag, FurnitureReason hint, double linkDensity) implements java.io.Serializable {

    public static Block line(Span span) {
        return new Block(span, "line", null, 0);
    }

    public boolean bare() {
        return "#text".equals(tag);
    }
}
