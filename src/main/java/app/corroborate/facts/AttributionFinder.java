package app.corroborate.facts;

import app.corroborate.text.LowerForms;
import app.corroborate.text.Span;
import app.corroborate.text.TokenDictionary;
import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokens;
import app.corroborate.text.WordLists;
import java.util.Set;

/**
 * Finds the attribution of a sentence: a speech verb and the speaker before it ("officials said"), after it
 * ("said Tomas Reiner") or after "according to".
 *
 * <p>Guarantees: the speaker is searched back to the nearest comma, quotation mark or clause start (at most eight
 * words), else forward; a sentence without a speech verb has no attribution. Linear in the sentence length. Not
 * thread-safe (it keeps the lower-case forms it has made): one finder per source.
 */
public final class AttributionFinder {

    /** Words that open a clause, not a speaker ("where volunteers said"). */
    private static final Set<String> LEADING =
            Set.of("where", "when", "while", "whom", "whose", "which", "who", "that", "and", "but", "as", "after");

    private static final int MAX_WORDS = 8;
    private static final int MAX_SUBJECT = 14;
    /** An appositive or a subject between commas is short; a longer run is a clause, not the speaker. */
    private static final int MAX_SEGMENT = 5;

    /** Lower-case forms by token id, each made once (one finder reads one source, on one thread). */
    private final LowerForms lower;
    /** The words {@link #find} stops at, known per token id. */
    private final IntroducingWords verbs;

    AttributionFinder(TokenDictionary dictionary) {
        this.lower = new LowerForms(dictionary);
        this.verbs = new IntroducingWords(dictionary, lower, FINDING);
    }

    public Attribution find(String text, Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!verbs.at(tokens, i)) {
                continue;
            }
            String f = form(tokens, i);
            boolean appeal = (f.equals("called") || f.equals("calls") || f.equals("calling"))
                    && i + 1 < to
                    && (form(tokens, i + 1).equals("on") || form(tokens, i + 1).equals("for"));
            boolean finding =
                    FINDING.contains(f) && i + 1 < to && form(tokens, i + 1).equals("that");
            if (!appeal && !finding && (!WordLists.SPEECH_VERBS.contains(f) || claimsSomething(tokens, i, to))
                    || toldToDo(tokens, from, i)
                    || noun(tokens, from, i)) {
                continue;
            }
            Span verb = tokens.span(i);
            if (f.equals("according")) {
                int start = i + 1 < to && form(tokens, i + 1).equals("to") ? i + 2 : i + 1;
                return speaker(text, tokens, verb, f, start, forwardEnd(tokens, start, to));
            }
            int head = SpeakerBounds.head(k -> form(tokens, k), from, i);
            int back = subjectStart(tokens, from, head, to);
            if (back < head) {
                back = SpeakerBounds.start(text, tokens, k -> form(tokens, k), back, head);
                back = SpeakerBounds.nameList(text, tokens, k -> form(tokens, k), from, back, head);
                if (SpeakerBounds.opensOnPreposition(k -> form(tokens, k), back, head)) {
                    continue;
                }
                return speaker(text, tokens, verb, f, back, head);
            }
            int aside = beforeParenthetical(tokens, from, head);
            if (aside >= 0) {
                return speaker(text, tokens, verb, f, subjectBefore(tokens, from, aside), aside);
            }
            int end = forwardEnd(tokens, i + 1, to);
            if (end > i + 1
                    && Character.isUpperCase(text.charAt(tokens.start(i + 1)))
                    && !SpeakerBounds.subjectOfClause(text, tokens, k -> form(tokens, k), i + 1, end)) {
                return speaker(text, tokens, verb, f, i + 1, withDescription(tokens, end, to));
            }
            if (end > i + 1 && inverted(tokens, from, i) && DETERMINERS.contains(form(tokens, i + 1))) {
                return speaker(text, tokens, verb, f, i + 1, withAppositive(text, tokens, end, to));
            }
            return new Attribution(verb, null, f, Set.of());
        }
        return null;
    }

    /**
     * Verbs that state a finding only when "that" follows ("the court found that ...", "the audit finds that
     * ..."): without it they report an act ("rescuers found the car").
     */
    private static final Set<String> FINDING = Set.of("found", "finds", "concluded", "concludes");

    private static final Set<String> PASSIVE =
            Set.of("was", "were", "been", "being", "be", "is", "are", "am", "get", "got", "gets");

    /**
     * "Evacuees were told to head ...", "the six were reported overdue": a verb of saying in the passive has for
     * subject who heard it or what was said of them, never the source, so it attributes nothing (a later "police
     * said" in the sentence still does). "Is forecasting" is the active voice in progress and attributes.
     */
    private boolean toldToDo(Tokens tokens, int from, int i) {
        String verb = form(tokens, i);
        boolean passive = i > from && PASSIVE.contains(form(tokens, i - 1))
                || SpeakerBounds.passiveWithAdverb(k -> form(tokens, k), PASSIVE, from, i);
        return passive && !verb.endsWith("ing") && !verb.equals("according")
                || RAISING.contains(verb)
                        && i + 1 < tokens.count()
                        && form(tokens, i + 1).equals("to");
    }

    /**
     * Participles that, followed by "to", say what is believed of their noun, not who believes it ("militants
     * believed to be hiding", "a man thought to be the driver"): no speaker.
     */
    private static final Set<String> RAISING = Set.of("believed", "thought", "expected", "estimated", "alleged");

    private static final Set<String> DETERMINERS =
            Set.of("a", "an", "the", "its", "their", "his", "her", "another", "any", "no");

    /**
     * "An estimate", "the claims", "a Met Office yellow warning": a verb of saying right after a determiner, or its
     * "-ing" form right after a word other than a form of "be", is a noun (the thing issued), not a statement with
     * a speaker. "The agency warns", "officials are warning" and "..., warning that" stay verbs. A past participle
     * after a determiner ("an estimated 200") is not read as a noun here, except "the accused" of a trial (and
     * "accused 3", numbered).
     */
    private boolean noun(Tokens tokens, int from, int i) {
        String f = form(tokens, i);
        if (f.equals("accused") && i + 1 < tokens.count() && tokens.kind(i + 1) == TokenKind.NUMBER) {
            return true; // "accused 1, 2 and 3 are declared unfit": the parties of a trial
        }
        if (i - 1 < from || tokens.kind(i - 1) != TokenKind.WORD) {
            return false;
        }
        if (DETERMINERS.contains(form(tokens, i - 1))) {
            return !f.endsWith("ed") || f.equals("accused"); // "the accused told the court"
        }
        return f.endsWith("ing") && !f.equals("according") && !PASSIVE.contains(form(tokens, i - 1));
    }

    /** "claimed responsibility", "claimed the lives": an act, not a statement. */
    private boolean claimsSomething(Tokens tokens, int i, int to) {
        if (!form(tokens, i).startsWith("claim") || i + 1 >= to) {
            return false;
        }
        String next = form(tokens, i + 1);
        String after = i + 2 < to ? form(tokens, i + 2) : "";
        return next.equals("responsibility")
                || next.equals("credit")
                || next.equals("victory")
                || next.equals("the") && (after.equals("lives") || after.equals("life"));
    }

    private int backStart(Tokens tokens, int from, int verb) {
        int k = verb;
        while (k > from && verb - k < MAX_WORDS) {
            int skipped = inName(tokens, from, k);
            if (skipped < k) {
                k = skipped;
            } else if (tokens.kind(k - 1) != TokenKind.PUNCT) {
                k--;
            } else {
                break;
            }
        }
        return k + 1 < verb && CONJUNCTIONS.contains(form(tokens, k)) ? k + 1 : k;
    }

    /** The longest bracketed aside inside a name ("the Civil Aviation Authority (CAA)"), in tokens with brackets. */
    private static final int MAX_BRACKETED = 5;

    /**
     * Punctuation that belongs to the name before position {@code k}: a bracketed short form ("Authority (CAA)")
     * or a possessive apostrophe written after a plural ("the Farmers' Union"). Returns where the walk back
     * continues, or {@code k} when the token before is not such punctuation. Constant time.
     */
    private int inName(Tokens tokens, int from, int k) {
        if (k - 1 <= from) {
            return k;
        }
        int prev = k - 1;
        String p = tokens.kind(prev) == TokenKind.PUNCT ? form(tokens, prev) : "";
        if (p.equals(")")) {
            for (int j = prev - 1; j > from && prev - j <= MAX_BRACKETED; j--) {
                if (tokens.kind(j) == TokenKind.PUNCT && form(tokens, j).equals("(")) {
                    return j;
                }
            }
            return k;
        }
        boolean possessive = p.equals("'")
                && tokens.kind(prev - 1) == TokenKind.WORD
                && tokens.end(prev - 1) == tokens.start(prev)
                && (k >= tokens.count() || tokens.start(k) > tokens.end(prev))
                && form(tokens, prev - 1).length() > 1
                && form(tokens, prev - 1).endsWith("s");
        return possessive ? prev : k;
    }

    /**
     * Where the speaker before a verb begins. The subject may carry appositives between commas ("India, Pakistan's
     * arch rival, denied"; "the minister, Ilse Brandvold, told"): the walk crosses up to two commas when it then
     * reaches the start of the clause (the sentence start or a quotation mark); otherwise it stops at the first
     * comma. A verb right after a comma with nothing but an appositive before it takes that appositive.
     */
    private int subjectStart(Tokens tokens, int from, int verb, int to) {
        int k = verb;
        int commas = 0;
        int segment = 0;
        while (k > from && verb - k < MAX_SUBJECT) {
            String prev = form(tokens, k - 1);
            int skipped = inName(tokens, from, k);
            if (skipped < k) {
                k = skipped;
            } else if (tokens.kind(k - 1) != TokenKind.PUNCT) {
                k--;
                if (++segment > MAX_SEGMENT && commas > 0) {
                    return backStart(tokens, from, verb);
                }
            } else if (prev.equals(",") && commas < 2 && k - 1 > from && segment <= MAX_SEGMENT) {
                commas++;
                segment = 0;
                k--;
            } else {
                break;
            }
        }
        boolean clauseStart = k == from || isQuote(form(tokens, k - 1));
        boolean claimBefore = commas == 1 && k == from && closesSentence(tokens, verb, to);
        if (commas == 0 || clauseStart && !claimBefore) {
            k = LeadingPhrase.past(i -> form(tokens, i), afterOpener(tokens, k, verb), verb);
            return k < verb && !form(tokens, k).equals(",") ? k : verb;
        }
        return backStart(tokens, from, verb);
    }

    /**
     * Past a sentence adverb that opens the clause ("Beforehand, residents asserted") and a conjunction that joins
     * it to the one before ("..., though the authority said"): neither is the speaker.
     */
    private int afterOpener(Tokens tokens, int k, int verb) {
        boolean opener =
                k + 2 < verb && form(tokens, k + 1).equals(",") && WordLists.SENTENCE_ADVERBS.contains(form(tokens, k));
        int at = opener ? k + 2 : k;
        return at + 1 < verb && CONJUNCTIONS.contains(form(tokens, at)) ? at + 1 : at;
    }

    /** Conjunctions that open a clause before its subject; never the first word of a speaker. */
    private static final Set<String> CONJUNCTIONS =
            Set.of("though", "although", "but", "and", "while", "whereas", "as", "because", "yet", "so");

    /** The most words after a verb that closes its sentence ("..., police said on Tuesday in a statement"). */
    private static final int CLOSING_WORDS = 4;

    /**
     * "Schools stayed shut on Monday, Mayor Ruiz said.": the verb closes the sentence (at most {@value
     * #CLOSING_WORDS} words follow, none of them "that"), so what stands before the one comma, from the sentence
     * start, is the claim, not the speaker (after a quotation, "..." the harbour master, Lena Ostrova, said" keeps
     * both as the speaker).
     */
    private boolean closesSentence(Tokens tokens, int verb, int to) {
        int words = 0;
        for (int k = verb + 1; k < to; k++) {
            if (tokens.kind(k) != TokenKind.PUNCT
                    && (++words > CLOSING_WORDS || form(tokens, k).equals("that"))) {
                return false;
            }
        }
        return true;
    }

    /** The longest aside between commas that is skipped to reach the subject before it. */
    private static final int MAX_PARENTHETICAL = 16;

    /**
     * "Residents of Sabrilinho, the village closest to the dam, said", "A former manager, who asked not to be named,
     * said": the verb follows an aside between commas too long to be the speaker. Returns the position of the
     * aside's opening comma when a short subject runs from the clause start up to it, else -1.
     */
    private int beforeParenthetical(Tokens tokens, int from, int verb) {
        if (verb - 1 <= from || !form(tokens, verb - 1).equals(",")) {
            return -1;
        }
        int k = verb - 2;
        while (k > from && verb - k <= MAX_PARENTHETICAL && !form(tokens, k).equals(",")) {
            int skipped = inName(tokens, from, k + 1);
            if (skipped <= k) {
                k = skipped - 1;
                continue;
            }
            if (tokens.kind(k) == TokenKind.PUNCT && !form(tokens, k).equals("-")) {
                return -1;
            }
            k--;
        }
        if (k <= from || !form(tokens, k).equals(",")) {
            return -1;
        }
        int start = subjectBefore(tokens, from, k);
        boolean clauseStart = start == from || isQuote(form(tokens, start - 1));
        return start < k && clauseStart ? k : -1;
    }

    /** The start of the words before {@code end} back to the nearest punctuation, at most {@value #MAX_SEGMENT}. */
    private int subjectBefore(Tokens tokens, int from, int end) {
        int k = end;
        int words = 0;
        while (k > from && words < MAX_SEGMENT) {
            int skipped = inName(tokens, from, k);
            if (skipped < k) {
                k = skipped;
            } else if (tokens.kind(k - 1) != TokenKind.PUNCT) {
                k--;
                words++;
            } else {
                break;
            }
        }
        return k;
    }

    /** The verb follows the quotation it attributes ("...," said the ...): the speaker comes after it. */
    private boolean inverted(Tokens tokens, int from, int verb) {
        return verb > from
                && isQuote(form(tokens, verb - 1))
                && !form(tokens, verb).startsWith("tel")
                && !form(tokens, verb).equals("told");
    }

    /**
     * "said the university's chief operating officer, Fiona Lattimer": a description after the verb takes the name
     * in apposition after its comma, so that the speaker is named.
     */
    private int withAppositive(String text, Tokens tokens, int end, int to) {
        if (end + 1 < to
                && form(tokens, end).equals(",")
                && Character.isUpperCase(text.charAt(tokens.start(end + 1)))) {
            return forwardEnd(tokens, end + 1, to);
        }
        return end;
    }

    /**
     * "said Anna Berg, a deputy chief of police": a name after the verb takes the description in
     * apposition after its comma (an article, then words to the next punctuation), so that the speaker's office
     * counts as its words.
     */
    private int withDescription(Tokens tokens, int end, int to) {
        if (end + 2 < to && form(tokens, end).equals(",") && ARTICLES.contains(form(tokens, end + 1))) {
            return forwardEnd(tokens, end + 1, to);
        }
        return end;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private static boolean isQuote(String f) {
        return f.equals("\"") || f.equals("'");
    }

    private int forwardEnd(Tokens tokens, int start, int to) {
        int k = start;
        while (k < to && k - start < MAX_WORDS && tokens.kind(k) != TokenKind.PUNCT) {
            k++;
        }
        return k;
    }

    private Attribution speaker(String text, Tokens tokens, Span verb, String verbForm, int start, int end) {
        while (start < end && (LEADING.contains(form(tokens, start)) || tokens.kind(start) == TokenKind.PUNCT)) {
            start++;
        }
        if (start >= end) {
            return new Attribution(verb, null, verbForm, Set.of());
        }
        int[] bounds = SpeakerBounds.withoutRelative(text, tokens, k -> form(tokens, k), start, end);
        start = bounds[0];
        end = bounds[1];
        while (end - 1 > start
                && tokens.kind(end - 1) == TokenKind.WORD
                && WordLists.NOT_SPEAKER_WORDS.contains(form(tokens, end - 1))) {
            end--; // "the rescue team had rated": the auxiliary is not the speaker
        }
        Set<String> words = SpeakerBounds.words(tokens, k -> form(tokens, k), start, end);
        return new Attribution(verb, new Span(tokens.start(start), tokens.end(end - 1)), verbForm, words);
    }

    private String form(Tokens tokens, int i) {
        return lower.of(tokens, i);
    }
}
