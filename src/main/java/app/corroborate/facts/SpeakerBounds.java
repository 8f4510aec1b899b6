package app.corroborate.facts;

import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokens;
import app.corroborate.text.WordLists;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Where a speaker's words begin and end around a verb of saying, in the cases the walk from the verb alone gets
 * wrong: an adverb between subject and verb ("..., now says"), a participle taken for a verb of saying ("with an
 * extension added in 2011"), the passive with an adverb ("parents were first told"), a noun phrase that runs on
 * into the clause before it ("a lease over forest the villagers say they farm"), and a name after the verb that
 * is the subject of the reported clause ("says Kestrel owes its pilots ..."), and a relative clause inside the
 * speaker's words ("workers who spent the day ...").
 *
 * <p>Guarantees: every method looks at a bounded number of tokens around the positions it is given (constant or
 * linear in the speaker's length) and only ever narrows a speaker or refuses one; it never widens one.
 */
final class SpeakerBounds {

    private SpeakerBounds() {}

    /** Adverbs and auxiliaries that may stand between a speaker and its verb ("the council has now said"). */
    private static final Set<String> BEFORE_VERB = Set.of(
            "now",
            "also",
            "has",
            "have",
            "had",
            "will",
            "would",
            "again",
            "reportedly",
            "previously",
            "later",
            "further",
            "separately",
            "publicly",
            "repeatedly",
            "once",
            "still",
            "since",
            "earlier",
            "first",
            "initially",
            "subsequently",
            "then",
            "today",
            "yesterday");

    /** Prepositions that never open a speaker: a clause opening on one before the verb holds a participle. */
    private static final Set<String> PREPOSITIONS = Set.of(
            "with", "without", "in", "on", "at", "for", "from", "by", "over", "under", "after", "before", "during",
            "despite", "into", "about", "against", "between", "since", "through");

    /** Words that join a noun phrase across a determiner ("the head of the agency", "a spokesman for the ..."). */
    private static final Set<String> JOINING = Set.of(
            "of",
            "for",
            "from",
            "at",
            "in",
            "on",
            "with",
            "to",
            "by",
            "and",
            "near",
            "outside",
            "inside",
            "across",
            "along",
            "around",
            "behind",
            "beside",
            "within",
            "among",
            "throughout",
            "since",
            "after",
            "before",
            "during",
            "under",
            "over",
            "against",
            "between",
            "beyond",
            "opposite",
            "towards",
            "toward",
            "via",
            "through",
            "into",
            "onto",
            "off",
            "about",
            "like",
            "without",
            "including",
            "upon",
            "below",
            "above");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private static final Set<String> COORDINATING = Set.of("and", "but", "or");

    /**
     * Finite forms that, right after a name following the verb, show the name is the subject of what was said
     * ("says Kestrel owes", "said the company was"), not the speaker.
     */
    private static final Set<String> FINITE = Set.of(
            "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "should", "may", "might",
            "must", "can", "did", "does", "do", "owes", "owed", "plans", "planned", "needs", "wants", "intends");

    /** The position where the words before the verb at {@code verb} end: past adverbs and auxiliaries. */
    static int head(IntFunction<String> form, int from, int verb) {
        int k = verb;
        while (k - 1 > from && verb - k < 2 && BEFORE_VERB.contains(form.apply(k - 1))) {
            k--;
        }
        return k;
    }

    /** The passive with an adverb between its auxiliary and the verb ("were first told", "was later reported"). */
    static boolean passiveWithAdverb(IntFunction<String> form, Set<String> auxiliaries, int from, int verb) {
        if (verb - 2 < from) {
            return false;
        }
        String between = form.apply(verb - 1);
        return auxiliaries.contains(form.apply(verb - 2))
                && (between.endsWith("ly") || BEFORE_VERB.contains(between) || between.equals("not"));
    }

    /** The speaker's first word is a preposition: the verb is a participle, not a statement's verb. */
    static boolean opensOnPreposition(IntFunction<String> form, int start, int end) {
        return start < end && PREPOSITIONS.contains(form.apply(start));
    }

    /**
     * Where a speaker before its verb really starts: at the last determiner that follows a lower-case word other
     * than a preposition or a participle, or a sentence adverb ("Yesterday the mayor"), so that the clause before is left out ("a 99-year lease over forest the
     * villagers", "had not returned and a friend"). "The head of the agency", "lawyers representing the families",
     * "the mayor and the police chief" and "Police and the fire service" stay whole, and so do a speaker
     * holding punctuation (an aside) and the subject of two joined verbs ("X called off a trip and said").
     */
    static int start(String text, Tokens tokens, IntFunction<String> form, int start, int end) {
        if (end - 1 > start && COORDINATING.contains(form.apply(end - 1))) {
            return start; // "X called off a trip and said": the subject of both verbs
        }
        for (int k = end - 1; k > start; k--) {
            if (tokens.kind(k) == TokenKind.PUNCT) {
                return start; // an aside between commas ("the Commission, which investigated the case,")
            }
            if (!DETERMINERS.contains(form.apply(k)) || tokens.kind(k - 1) != TokenKind.WORD) {
                continue;
            }
            String before = form.apply(k - 1);
            if (WordLists.SENTENCE_ADVERBS.contains(before)) {
                return k;
            }
            if (Character.isUpperCase(text.charAt(tokens.start(k - 1))) || before.endsWith("ing")) {
                continue;
            }
            if (before.equals("and") && joinsNames(text, tokens, form, start, k - 1)) {
                continue;
            }
            if (!JOINING.contains(before) || before.equals("and")) {
                return k;
            }
        }
        return start;
    }

    /**
     * "Police and the ...", "the mayor and the ...": the "and" at {@code and} joins two speakers, unless the word
     * before it is a past form that ends a clause ("they had not returned and a friend").
     */
    private static boolean joinsNames(String text, Tokens tokens, IntFunction<String> form, int start, int and) {
        if (and - 1 < start || tokens.kind(and - 1) != TokenKind.WORD) {
            return false;
        }
        String before = form.apply(and - 1);
        return Character.isUpperCase(text.charAt(tokens.start(and - 1))) || !before.endsWith("ed");
    }

    /** Relative pronouns: what follows one inside a speaker's words says what the speaker did, not who it is. */
    private static final Set<String> RELATIVE = Set.of("that", "who", "which", "whose", "whom");

    /** Words that open a noun phrase after a relative pronoun: the speaker follows ("a job that the engineers"). */
    private static final Set<String> OPENS_SUBJECT =
            Set.of("the", "a", "an", "its", "his", "her", "their", "our", "he", "she", "they", "it", "we", "i");

    /**
     * The speaker's words {@code [start, end)} without a relative clause: when a relative pronoun is followed by
     * a verb, the clause says what the speaker did ("district council workers who spent the day filling sacks")
     * and the words end before it; when it is followed by a name or a noun phrase, the speaker is that phrase
     * ("a job that the mining minister estimated") and the words start after it. Returns {start, end}.
     */
    static int[] withoutRelative(String text, Tokens tokens, IntFunction<String> form, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (!RELATIVE.contains(form.apply(k))) {
                continue;
            }
            int next = k + 1;
            boolean subject = next < end
                    && tokens.kind(next) == TokenKind.WORD
                    && (Character.isUpperCase(text.charAt(tokens.start(next)))
                            || OPENS_SUBJECT.contains(form.apply(next)));
            if (subject) {
                return new int[] {next, end};
            }
            return new int[] {start, k - 1 > start && form.apply(k - 1).equals(",") ? k - 1 : k};
        }
        return new int[] {start, end};
    }

    /** Words that join the parts of a body's name ("Ministry of Agriculture, Water and Land Reform"). */
    private static final Set<String> NAME_JOINING = Set.of("and", "of", "the", "for", "&");

    /** The most words of a body's name before the comma of its list ("the Ministry of Agriculture"). */
    private static final int NAME_HEAD = 6;

    /**
     * Where a speaker starting right after a comma really starts when it ends a body's name that lists its
     * fields ("the Ministry of Agriculture, Water and Land Reform said"): at the name's head before the comma,
     * when the speaker is all capitalised words and joining words and the head names a kind of body. Otherwise
     * {@code start}.
     */
    static int nameList(String text, Tokens tokens, IntFunction<String> form, int from, int start, int end) {
        if (start - 2 < from
                || !form.apply(start - 1).equals(",")
                || !capitalisedName(text, tokens, form, start, end)) {
            return start;
        }
        int k = start - 1;
        boolean body = false;
        while (k - 1 >= from && start - 1 - k < NAME_HEAD && tokens.kind(k - 1) == TokenKind.WORD) {
            String f = form.apply(k - 1);
            if (!Character.isUpperCase(text.charAt(tokens.start(k - 1))) && !NAME_JOINING.contains(f)) {
                break;
            }
            body |= WordLists.ORGANISATIONS.contains(f);
            k--;
        }
        return body && k < start - 1 ? k : start;
    }

    private static boolean capitalisedName(String text, Tokens tokens, IntFunction<String> form, int start, int end) {
        for (int k = start; k < end; k++) {
            if (tokens.kind(k) != TokenKind.WORD
                    || !Character.isUpperCase(text.charAt(tokens.start(k))) && !NAME_JOINING.contains(form.apply(k))) {
                return false;
            }
        }
        return end > start;
    }

    /**
     * The capitalised words after the verb, from {@code start} to {@code end}, are followed by a finite verb: they
     * are the subject of the reported clause ("says Kestrel owes its pilots ..."), not the speaker.
     */
    static boolean subjectOfClause(String text, Tokens tokens, IntFunction<String> form, int start, int end) {
        for (int k = start; k < end; k++) {
            if (tokens.kind(k) == TokenKind.WORD && !Character.isUpperCase(text.charAt(tokens.start(k)))) {
                return FINITE.contains(form.apply(k));
            }
        }
        return false;
    }

    /**
     * The words that name a speaker in tokens {@code [start, end)}: words only, without the words that are never a
     * speaker nor verbs of saying, each without its possessive 's, in order.
     */
    static Set<String> words(Tokens tokens, IntFunction<String> form, int start, int end) {
        Set<String> words = new java.util.LinkedHashSet<>();
        for (int k = start; k < end; k++) {
            String f = form.apply(k);
            if (tokens.kind(k) == TokenKind.WORD
                    && !WordLists.NOT_SPEAKER_WORDS.contains(f)
                    && !WordLists.SPEECH_VERBS.contains(f)) {
                words.add(f.endsWith("'s") ? f.substring(0, f.length() - 2) : f);
            }
        }
        return words;
    }
}
