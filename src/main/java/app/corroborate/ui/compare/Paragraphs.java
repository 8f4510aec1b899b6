package app.corroborate.ui.compare;

import java.util.Arrays;

/**
 * The paragraphs of a text as a text area shows them (one per line break): maps character offsets to paragraph
 * indexes and back. Built in one pass; lookups are binary searches.
 */
public final class Paragraphs {

    private final int[] starts;
    private final int length;

    private Paragraphs(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    public static Paragraphs of(CharSequence text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == '\n' ? 1 : 0;
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return new Paragraphs(starts, text.length());
    }

    public int count() {
        return starts.length;
    }

    /** The paragraph holding {@code offset} (the last one for the end of the text). */
    public int of(int offset) {
        int i = Arrays.binarySearch(starts, Math.max(0, Math.min(offset, length)));
        return i >= 0 ? i : -i - 2;
    }

    public int start(int paragraph) {
        return starts[paragraph];
    }

    /** The end of the paragraph, before its line break. */
    public int end(int paragraph) {
        return paragraph + 1 < starts.length ? starts[paragraph + 1] - 1 : length;
    }

    /** The offset within its paragraph. */
    public int column(int offset) {
        return offset - starts[of(offset)];
    }
}
