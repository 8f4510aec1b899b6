package app.corroborate.source;

/**
 * Something about a source an editor should know although it was imported: bytes that could not be decoded,
 * text direction controls that can make what is shown differ from what is compared ("Trojan Source"), or a
 * feed of several items of which one was taken.
 */
public record ImportWarning(String kind, int count, String message) implements java.io.Serializable {

    /** Kind: bytes marked U+FFFD because they could not be decoded in the file's encoding. */
    public static final String UNDECODABLE = "undecodable-bytes";
    /** Kind: bidirectional embedding, override or isolate controls in the text. */
    public static final String BIDI = "bidi-controls";
    /** Kind: the source is a feed of several items, of which one was read as the story. */
    public static final String FEED_ITEM = "feed-item";

    static ImportWarning undecodable(int count, String encoding) {
        return new ImportWarning(
                UNDECODABLE,
                count,
                count + (count == 1 ? " byte" : " bytes") + " could not be read as " + encoding + " and "
                        + (count == 1 ? "is" : "are") + " marked \uFFFD");
    }

    /** The warning about bidirectional controls in {@code text}, or null when it has none. */
    static ImportWarning bidi(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isBidiControl(text.charAt(i))) {
                count++;
            }
        }
        return count == 0
                ? null
                : new ImportWarning(
                        BIDI,
                        count,
                        count + " bidirectional text control"
                                + (count == 1 ? "" : "s") + " (which can show text in another order than it is read); "
                                + "comparison ignores them");
    }

    /** True for the characters that reorder displayed text: embeddings, overrides, isolates and marks. */
    public static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
