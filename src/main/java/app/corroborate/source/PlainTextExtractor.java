package app.corroborate.source;

import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: line breaks normalised to {@code \n}, a leading byte-order mark dropped, a page set in two columns
 * read column after column (see {@link TextColumns}), words hyphenated at the end of a printed line joined (see
 * {@link LineBreakHyphens}), the lines of a paragraph wrapped at a fixed width run on (see {@link HardWraps}),
 * each non-blank line a block. Guarantees the extracted text equals the input but for those five changes.
 */
public final class PlainTextExtractor {

    public Extraction extract(String decoded) {
        String text = HardWraps.unwrap(LineBreakHyphens.join(TextColumns.linearise(normalizeLineBreaks(decoded))));
        return new Extraction(text, lines(text), SourceMetadata.EMPTY);
    }

    static String normalizeLineBreaks(String s) {
        String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
        if (t.indexOf('\r') < 0) {
            return t;
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Every non-blank line of {@code text} as a block, trimmed. */
    static List<Block> lines(String text) {
        List<Block> blocks = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                Span trimmed = trim(text, lineStart, i);
                if (trimmed != null) {
                    blocks.add(Block.line(trimmed));
                }
                lineStart = i + 1;
            }
        }
        return blocks;
    }

    static Span trim(String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
