package app.corroborate.store;

/**
 * A passage by its words and their context, as the W3C Web Annotation model's TextQuoteSelector: the exact
 * text, and up to {@value #CONTEXT} characters before and after it.
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {

    public static final int CONTEXT = 32;

    public TextQuoteSelector {
        if (exact == null || exact.isEmpty()) {
            throw new IllegalArgumentException("an annotation needs the text it is about");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The selector of {@code [start, end)} in {@code text}. */
    public static TextQuoteSelector of(String text, int start, int end) {
        return new TextQuoteSelector(
                text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }
}
