package app.corroborate.source;

import java.util.List;

/**
 * The blocks of one extracted document with the features the furniture rules read, and the marks they set.
 *
 * <p>Guarantees: a block is marked at most once (the first rule to mark it wins); features are computed once.
 */
final class Page {

    private final String text;
    private final List<Block> blocks;
    private final String[] texts;
    private final int[] words;
    private final FurnitureReason[] marks;
    private String outlet;
    private String published;
    private String byline;

    Page(String text, List<Block> blocks) {
        this.text = text;
        this.blocks = blocks;
        int n = blocks.size();
        texts = new String[n];
        words = new int[n];
        marks = new FurnitureReason[n];
        for (int i = 0; i < n; i++) {
            texts[i] = blocks.get(i).span().of(text);
            words[i] = countWords(texts[i]);
        }
    }

    int size() {
        return blocks.size();
    }

    Block block(int i) {
        return blocks.get(i);
    }

    String text(int i) {
        return texts[i];
    }

    int words(int i) {
        return words[i];
    }

    /** True when a blank line separates block {@code i} from the block before it (always for the first). */
    boolean blankLineBefore(int i) {
        if (i == 0) {
            return true;
        }
        String gap = text.substring(
                blocks.get(i - 1).span().end(), blocks.get(i).span().start());
        return gap.chars().filter(c -> c == '\n').count() >= 2;
    }

    /** True if the block ends like a sentence (terminal mark, possibly inside a closing quote or bracket). */
    boolean endsAsSentence(int i) {
        String t = texts[i];
        for (int k = t.length() - 1; k >= 0; k--) {
            char c = t.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                return true;
            }
            if (!(c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019')) {
                return false;
            }
        }
        return false;
    }

    boolean marked(int i) {
        return marks[i] != null;
    }

    FurnitureReason mark(int i) {
        return marks[i];
    }

    void mark(int i, FurnitureReason reason) {
        if (marks[i] == null) {
            marks[i] = reason;
        }
    }

    /** Index of the first block that reads as story body: a long, unmarked block that ends as a sentence. */
    int firstBodyBlock() {
        for (int i = 0; i < size(); i++) {
            if (!marked(i) && words[i] >= 20 && endsAsSentence(i)) {
                return i;
            }
        }
        return size();
    }

    void outlet(String value) {
        if (outlet == null) {
            outlet = value;
        }
    }

    void published(String value) {
        if (published == null) {
            published = value;
        }
    }

    void byline(String value) {
        if (byline == null) {
            byline = value;
        }
    }

    SourceMetadata found(String title) {
        return new SourceMetadata(title, outlet, published, byline);
    }

    static int countWords(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter;
        }
        return count;
    }
}
