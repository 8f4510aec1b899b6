package app.corroborate.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds names (people, places, organisations) as runs of capitalised words: "Sarfaraz Bugti", "Ministry of
 * External Affairs", "U.S.", "BLA".
 *
 * <p>Guarantees: a capitalised word at the start of a sentence counts only if the text never writes it in lower
 * case and it is not a common sentence opener, or it is a dateline's place in capitals; "of", "de", "al" join capitalised words inside one name, commas
 * and "and" end a name. Spans index the original text. Linear in the number of tokens. Not thread-safe (it keeps
 * the lower-case forms it has made): one finder per source.
 */
public final class NameFinder {

    /** A name as written; its words are lower case without a possessive 's. */
    public record Name(Span span, List<String> words) {

        /** The words joined by single spaces, lower case. */
        public String key() {
            return String.join(" ", words);
        }
    }

    private static final Set<String> OPENERS = Set.of(
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "his",
            "her",
            "their",
            "its",
            "our",
            "but",
            "and",
            "or",
            "in",
            "on",
            "at",
            "for",
            "with",
            "as",
            "after",
            "before",
            "while",
            "when",
            "meanwhile",
            "however",
            "according",
            "both",
            "even",
            "some",
            "many",
            "most",
            "over",
            "under",
            "around",
            "about",
            "speaking",
            "if",
            "since",
            "during",
            "there",
            "then",
            "also",
            "despite",
            "although",
            "though",
            "yet",
            "so",
            "by",
            "from",
            "to",
            "of",
            "what",
            "who",
            "why",
            "how",
            "where",
            "which",
            "all",
            "no",
            "not",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "ten",
            "several");
    private static final Set<String> JOINERS = Set.of(
            "of", "de", "da", "al", "el", "van", "von", "bin", "du", "der", "den", "la", "le", "di", "del", "dos",
            "das", "ter", "ten", "y");

    private final TokenDictionary dictionary;
    /** Lower-case forms by token id, each made once (one finder reads one source, on one thread). */
    private final LowerForms lower;

    public NameFinder(TokenDictionary dictionary) {
        this.dictionary = dictionary;
        this.lower = new LowerForms(dictionary);
    }

    /**
     * Names in the sentence {@code [from, to)} of {@code text}. {@code inner} holds the forms the text writes
     * capitalised inside a sentence: a sentence's first word is a name only if it is one of them or the next
     * word is ("Natalie Baker said"), so "Angry farmers" and "Forecasters expect" are not names.
     */
    public List<Name> find(String text, Tokens tokens, int from, int to, Set<Integer> inner) {
        List<Name> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isNameWord(text, tokens, i, i == from || afterOpening(text, tokens, i), inner)
                    || countOpening(text, tokens, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < to) {
                int afterJoiners = end;
                while (afterJoiners < to && afterJoiners - end < 3 && JOINERS.contains(form(tokens, afterJoiners))) {
                    afterJoiners++;
                }
                if (isNameWord(text, tokens, end, false, inner)) {
                    end++;
                } else if (afterJoiners > end
                        && afterJoiners < to
                        && isNameWord(text, tokens, afterJoiners, false, inner)) {
                    end = afterJoiners + 1;
                } else {
                    break;
                }
            }
            List<String> words = new ArrayList<>();
            for (int k = i; k < end; k++) {
                String w = form(tokens, k);
                words.add(w.endsWith("'s") && w.length() > 2 ? w.substring(0, w.length() - 2) : w);
            }
            out.add(new Name(new Span(tokens.start(i), tokens.end(end - 1)), words));
            i = end;
        }
        return out;
    }

    /** Forms written capitalised somewhere other than at the start of one of the given sentences. */
    public static Set<Integer> innerCapitalised(String text, Tokens tokens, List<Span> sentences) {
        boolean[] starts = new boolean[tokens.count() + 1];
        for (Span s : sentences) {
            starts[tokens.firstStartingAtOrAfter(s.start())] = true;
        }
        int ids = 0;
        for (int i = 0; i < tokens.count(); i++) {
            ids = Math.max(ids, tokens.id(i) + 1);
        }
        boolean[] inner = new boolean[ids];
        boolean[] lower = new boolean[ids];
        for (int i = 0; i < tokens.count(); i++) {
            if (tokens.kind(i) != TokenKind.WORD) {
                continue;
            }
            boolean upper = Character.isUpperCase(text.charAt(tokens.start(i)));
            if (!upper) {
                lower[tokens.id(i)] = true;
            } else if (!starts[i] && !afterOpening(text, tokens, i)) {
                inner[tokens.id(i)] = true;
            }
        }
        Set<Integer> out = new HashSet<>();
        for (int id = 0; id < ids; id++) {
            if (inner[id] && !lower[id]) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * Marks that open a line of a page or post as a quotation, a list item or a cell ("&gt; Separately, the
     * agency said", "* Officials", "| Updated 1:37 p.m."): the capital after them starts the line, as a sentence's.
     */
    private static final String LINE_MARKS = ">|*\u2022#";

    /** True after an opening quotation mark, bracket or line mark, where capitals start a quoted sentence or line. */
    private static boolean afterOpening(String text, Tokens tokens, int i) {
        if (i == 0) {
            return true;
        }
        if (tokens.end(i - 1) - tokens.start(i - 1) != 1) {
            return false;
        }
        char prev = text.charAt(tokens.start(i - 1));
        if (prev == ']'
                && i >= 3
                && text.charAt(tokens.start(i - 3)) == '['
                && tokens.kind(i - 2) == TokenKind.NUMBER) {
            return true; // a footnote's mark: "[5] Contemporary reporting"
        }
        return prev == '"'
                || LINE_MARKS.indexOf(prev) >= 0
                || prev == '\u201C'
                || prev == '('
                || prev == ':'
                || prev == '\u2014'
                || prev == '\u2013'
                || prev == '-';
    }

    /**
     * A number word before a word in lower case opens no name: "Eighty years after the raids", "[R1] Nineteen dead"
     * are counts ("Three Gorges" is a name, and "Standard Three pupil" keeps its number inside the name).
     */
    private boolean countOpening(String text, Tokens tokens, int i) {
        return NumberWords.WORDS.containsKey(form(tokens, i))
                && i + 1 < tokens.count()
                && tokens.kind(i + 1) == TokenKind.WORD
                && Character.isLowerCase(text.charAt(tokens.start(i + 1)));
    }

    private boolean isNameWord(String text, Tokens tokens, int i, boolean sentenceStart, Set<Integer> inner) {
        if (tokens.kind(i) != TokenKind.WORD || !Character.isUpperCase(text.charAt(tokens.start(i)))) {
            return false;
        }
        String f = form(tokens, i);
        if (isCalendar(f.replace(".", ""))) {
            return false;
        }
        if (OPENERS.contains(f) && (sentenceStart || f.length() <= 3)) {
            return false;
        }
        if (!sentenceStart) {
            return true;
        }
        int next = i + 1;
        while (next < tokens.count() && next - i <= 3 && JOINERS.contains(form(tokens, next))) {
            next++;
        }
        return inner.contains(tokens.id(i))
                || dateline(text, tokens, i)
                || next < tokens.count()
                        && tokens.kind(next) == TokenKind.WORD
                        && inner.contains(tokens.id(next))
                        && Character.isUpperCase(text.charAt(tokens.start(next)));
    }

    /** A word in capitals before a comma opening a sentence: a dateline's place ("ELMSTAD, Norway"). */
    private static boolean dateline(String text, Tokens tokens, int i) {
        String word = text.substring(tokens.start(i), tokens.end(i));
        return word.length() >= 3
                && word.chars().allMatch(Character::isUpperCase)
                && i + 1 < tokens.count()
                && text.startsWith(",", tokens.start(i + 1));
    }

    private String form(Tokens tokens, int i) {
        return lower.of(tokens, i);
    }

    private static boolean isCalendar(String form) {
        return WordLists.month(form) > 0 || WordLists.weekday(form) != null;
    }
}
