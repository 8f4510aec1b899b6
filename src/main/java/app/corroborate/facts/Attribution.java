package app.corroborate.facts;

import app.corroborate.text.Span;
import java.util.Set;

/**
 * Who a sentence says is speaking: the speech verb ("said", "according to") and the speaker it names.
 *
 * @param speaker      the speaker as written, null when the sentence does not say
 * @param speakerWords lower-case content words of the speaker (titles and names), empty for a bare pronoun
 */
public record Attribution(Span verb, Span speaker, String verbForm, Set<String> speakerWords) {

    /** A pronoun speaker (he, she, it, they) can stand for anyone already named. */
    public boolean pronoun() {
        return speakerWords.isEmpty();
    }
}
