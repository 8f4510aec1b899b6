package app.corroborate.source;

import app.corroborate.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short block that repeats an earlier one word for word (a headline printed twice) is furniture, and so is a
 * pull quote: a block that is nothing but a quotation whose words the story quotes again in another block.
 */
final class RepetitionRule implements FurnitureRule {

    @Override
    public void apply(Page page) {
        Set<String> seen = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            String key = Normalizer.text(page.text(i));
            keys.add(key);
            if (!seen.add(key) && !page.marked(i) && page.words(i) <= 30) {
                page.mark(i, FurnitureReason.HEADLINE_REPEAT);
            }
        }
        List<Integer> quotes = new ArrayList<>();
        List<String> inners = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            String inner = pullQuote(keys.get(i).strip());
            if (inner != null && !inner.isEmpty() && !page.marked(i)) {
                quotes.add(i);
                inners.add(inner);
            }
        }
        if (quotes.isEmpty()) {
            return;
        }
        Blocks blocks = new Blocks(keys, inners);
        for (int q = 0; q < quotes.size(); q++) {
            if (blocks.quotedElsewhere(quotes.get(q), inners.get(q))) {
                page.mark(quotes.get(q), FurnitureReason.HEADLINE_REPEAT);
            }
        }
    }

    /**
     * The words of every block, and for the first words of each pull quote the blocks where they occur, found in
     * one pass over the page's words: finding where a quote is repeated costs the page's length once, not once
     * per quote.
     */
    private static final class Blocks {
        /** The words of a quote looked up before its whole text is searched in a block. */
        private static final int ANCHOR_WORDS = 3;

        private final List<String> words = new ArrayList<>();
        private final Map<String, Set<Integer>> where = new HashMap<>();
        private final Set<String> firstWords = new HashSet<>();

        Blocks(List<String> keys, List<String> quotes) {
            for (String q : quotes) {
                where.put(anchor(q), new HashSet<>());
                String first = q.split(" ")[0];
                firstWords.add(first);
                maybeFirst[slot(first, 0, first.length())] = true;
            }
            for (int b = 0; b < keys.size(); b++) {
                String w = words(keys.get(b));
                words.add(w);
                for (int at = 0; at < w.length(); at = next(w, at) + 1) {
                    int end = next(w, at);
                    if (maybeFirst[slot(w, at, end)] && firstWords.contains(w.substring(at, end))) {
                        note(w, at, b);
                    }
                }
            }
        }

        /**
         * Whether some first word of a quote hashes to a slot: a word whose slot is unmarked is no first word, so
         * most words of the page are passed over without making a string of them.
         */
        private final boolean[] maybeFirst = new boolean[1 << 16];

        /** The slot of {@code w[from, to)} (its string hash, folded to 16 bits). */
        private static int slot(String w, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + w.charAt(i);
            }
            return (h ^ (h >>> 16)) & 0xFFFF;
        }

        /** Notes block {@code b} for the anchors that start at word {@code at} of its words {@code w}. */
        private void note(String w, int at, int b) {
            int end = at;
            for (int k = 0; k < ANCHOR_WORDS && end < w.length(); k++) {
                end = next(w, end == at ? at : end + 1);
                Set<Integer> blocks = where.get(w.substring(at, end));
                if (blocks != null) {
                    blocks.add(b);
                }
            }
        }

        /** The end of the word that starts at {@code at}. */
        private static int next(String w, int at) {
            int space = w.indexOf(' ', at);
            return space < 0 ? w.length() : space;
        }

        /** Whether {@code inner} is found inside a longer block than {@code self}. */
        boolean quotedElsewhere(int self, String inner) {
            for (int b : where.getOrDefault(anchor(inner), Set.of())) {
                String block = words.get(b);
                if (b != self && block.length() > inner.length() && block.contains(inner)) {
                    return true;
                }
            }
            return false;
        }

        private static String anchor(String quote) {
            String[] tokens = quote.split(" ");
            return String.join(" ", java.util.Arrays.asList(tokens).subList(0, Math.min(ANCHOR_WORDS, tokens.length)));
        }
    }

    /** The words inside the marks of a block that is one quotation and nothing else, or null. */
    private static String pullQuote(String block) {
        if (block.length() < 3 || block.charAt(0) != '"' || block.charAt(block.length() - 1) != '"') {
            return null;
        }
        String inner = block.substring(1, block.length() - 1);
        return inner.indexOf('"') < 0 ? words(inner) : null;
    }

    /** The letters and numbers of {@code s}, its words apart by one space. */
    private static String words(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean apart = false;
        for (int i = 0; i < s.length(); ) {
            char ch = s.charAt(i);
            int c = ch < 0x80 ? ch : s.codePointAt(i);
            i += ch < 0x80 ? 1 : Character.charCount(c);
            if (ch < 0x80
                    ? ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
                    : Character.isLetter(c) || isNumber(c)) {
                if (apart && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                apart = false;
            } else {
                apart = true;
            }
        }
        return out.toString();
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
