package app.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences.
 *
 * <p>Guarantees: a line break always ends a sentence (headlines, list lines and paragraphs without a final
 * period stand alone); a period after a title or month abbreviation (Mr., Gen., Jan.), after an initial
 * (John F. Kennedy) or inside a number (3.5, 1,600) does not; a quotation that ends a sentence stays with it
 * ({@code ... he said, "It is over."}); a terminal mark followed by a lower-case word does not end a sentence;
 * two sentences a page ran together with no space between them ("area.We") are two.
 * Spans are trimmed, non-empty, ascending and inside the given regions. Linear time.
 */
public final class SentenceSplitter {

    private static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "gov", "sen",
            "rep", "rev", "fr", "st", "jr", "sr", "mt", "ft", "hon", "pres", "supt", "insp", "cmdr", "no", "nos", "vol",
            "fig", "approx", "dept", "est", "vs", "v", "cf", "al", "op", "pp", "para", "e.g", "i.e", "a.m", "p.m");
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the",
            "a",
            "an",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "but",
            "and",
            "in",
            "this",
            "that",
            "there",
            "his",
            "her",
            "their",
            "its",
            "on",
            "at",
            "as",
            "after",
            "officials",
            "police");

    /** Sentences of the whole text. */
    public List<Span> split(CharSequence text) {
        return split(text, List.of(new Span(0, text.length())));
    }

    /** Sentences inside each region (regions never share a sentence). */
    public List<Span> split(CharSequence text, List<Span> regions) {
        List<Span> out = new ArrayList<>();
        for (Span region : regions) {
            splitRegion(text, region.start(), region.end(), out);
        }
        return out;
    }

    private void splitRegion(CharSequence t, int from, int to, List<Span> out) {
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                emit(t, sentenceStart, i, out);
                sentenceStart = i + 1;
                i++;
            } else if (isTerminal(c)) {
                int after = closeRun(t, i + 1, to);
                int joined = runTogether(t, i, after, to);
                if (joined > 0) {
                    emit(t, sentenceStart, joined, out);
                    sentenceStart = joined;
                } else if (endsSentence(t, i, after, to)) {
                    emit(t, sentenceStart, after, out);
                    sentenceStart = after;
                }
                i = after;
            } else {
                i++;
            }
        }
        emit(t, sentenceStart, to, out);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** Skips further terminal marks, closing quotes and closing brackets after a terminal mark. */
    private static int closeRun(CharSequence t, int i, int to) {
        while (i < to) {
            char c = t.charAt(i);
            if (isTerminal(c) || c == ')' || c == ']' || Normalizer.isQuote(c)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private boolean endsSentence(CharSequence t, int mark, int after, int to) {
        if (after >= to) {
            return true;
        }
        if (!Character.isWhitespace(t.charAt(after)) && Normalizer.fold(t.charAt(after)) != ' ') {
            return false;
        }
        int next = skipSpaces(t, after, to);
        if (next >= to || t.charAt(next) == '\n') {
            return true;
        }
        char n = t.charAt(next);
        if (Character.isLowerCase(n) || n == ',' || n == ';' || n == ':') {
            return false;
        }
        return t.charAt(mark) != '.' || !abbreviationBefore(t, mark, next, to);
    }

    /**
     * Where the next sentence starts when a page ran two sentences together with no space ("the road was
     * closed.Crews arrived", "in the area.“It was dark ..."): after a full stop that ends a lower-case word of two letters
     * or more (not an abbreviation), a capital letter followed by a lower-case one, or an opening quotation mark.
     * Returns -1 when the text goes on in the ordinary way.
     */
    private static int runTogether(CharSequence t, int mark, int after, int to) {
        if (t.charAt(mark) != '.' || after >= to || !lowerCaseWordBefore(t, mark)) {
            return -1;
        }
        for (int k = mark + 1; k < after; k++) {
            if (t.charAt(k) == '\u201C') {
                return k;
            }
        }
        boolean capital =
                after + 1 < to && Character.isUpperCase(t.charAt(after)) && Character.isLowerCase(t.charAt(after + 1));
        return capital ? after : -1;
    }

    /** The full stop ends a word of two or more lower-case letters, not a dotted abbreviation ("e.g", "U.S"). */
    private static boolean lowerCaseWordBefore(CharSequence t, int dot) {
        int k = dot;
        while (k > 0 && Character.isLowerCase(t.charAt(k - 1))) {
            k--;
        }
        boolean dotted = k > 0 && (t.charAt(k - 1) == '.' || Character.isUpperCase(t.charAt(k - 1)));
        String word = t.subSequence(k, dot).toString();
        return dot - k >= 2 && !dotted && !NEVER_FINAL.contains(word);
    }

    private boolean abbreviationBefore(CharSequence t, int dot, int next, int to) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(t.charAt(wordStart - 1)) || t.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = t.subSequence(wordStart, dot).toString().toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (NEVER_FINAL.contains(word)) {
            return true;
        }
        if (WordLists.isMonthAbbreviation(word)) {
            return Character.isDigit(t.charAt(next));
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(t.charAt(wordStart));
        boolean dotted = word.indexOf('.') > 0;
        if (initial || dotted) {
            return !SENTENCE_STARTERS.contains(nextWord(t, next, to));
        }
        return false;
    }

    private static String nextWord(CharSequence t, int i, int to) {
        int j = i;
        while (j < to && Character.isLetter(t.charAt(j))) {
            j++;
        }
        return t.subSequence(i, j).toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static int skipSpaces(CharSequence t, int i, int to) {
        while (i < to && t.charAt(i) != '\n' && Normalizer.fold(t.charAt(i)) == ' ') {
            i++;
        }
        return i;
    }

    private static void emit(CharSequence t, int start, int end, List<Span> out) {
        while (start < end && Normalizer.fold(t.charAt(start)) == ' ') {
            start++;
        }
        while (end > start && Normalizer.fold(t.charAt(end - 1)) == ' ') {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
