package app.corroborate.facts;

import java.util.Set;
import java.util.function.IntFunction;

/**
 * A phrase of place, time or manner that opens a clause before its subject without a comma ("In a statement it
 * said", "On Monday the ministry said"): it is not part of the speaker.
 *
 * <p>Guarantees: only a clause opening on a preposition is shortened, and only to a determiner or a personal pronoun
 * at least two words on ("In a statement it" to "it"); otherwise the start is kept. Linear in the subject's length.
 */
final class LeadingPhrase {

    /** Prepositions that open a phrase of place, time or manner. */
    private static final Set<String> PREPOSITIONS = Set.of(
            "in",
            "on",
            "at",
            "during",
            "after",
            "before",
            "from",
            "with",
            "under",
            "through",
            "following",
            "since",
            "later",
            "earlier");

    /** Words that open the subject after such a phrase. */
    private static final Set<String> SUBJECT_OPENERS = Set.of(
            "the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "it", "he", "she", "they", "we",
            "i");

    private LeadingPhrase() {}

    /** Where the subject starting at {@code k} (before the verb at {@code verb}) really starts. */
    static int past(IntFunction<String> form, int k, int verb) {
        if (k >= verb || !PREPOSITIONS.contains(form.apply(k))) {
            return k;
        }
        for (int j = k + 2; j < verb; j++) {
            if (SUBJECT_OPENERS.contains(form.apply(j))) {
                return j;
            }
        }
        return k;
    }
}
