package app.corroborate.flag;

import app.corroborate.facts.Attribution;
import java.util.Set;

/**
 * A statement a spokesperson gave for someone, retold as that someone's own ("A spokeswoman for the Water Minister
 * said" became "The Water Minister said"): the claim now comes from a person who did not make it.
 *
 * <p>Guarantees: reads only the two speakers' words; the version's speaker must name no one the base's does not
 * (all its words are the base speaker's) and hold a principal's title (a minister, a mayor), and the base's alone
 * holds a word for a person who speaks for another.
 */
final class Spokespeople {

    /** Words for a person who speaks for another. */
    private static final Set<String> SPEAKING_FOR = Set.of(
            "spokeswoman",
            "spokesman",
            "spokesperson",
            "spokespeople",
            "spokesmen",
            "spokeswomen",
            "aide",
            "aides",
            "adviser",
            "advisor",
            "representative",
            "press");

    /**
     * Titles of a principal a spokesperson speaks for. A body ("the department", "police", "the Welsh Government")
     * speaks through its spokespeople, so a statement retold as the body's keeps its source; a minister or a mayor
     * retold as saying it in person does not.
     */
    private static final Set<String> PRINCIPALS = Set.of(
            "minister",
            "mayor",
            "premier",
            "president",
            "governor",
            "secretary",
            "commissioner",
            "chancellor",
            "chairman",
            "chairwoman",
            "chairperson",
            "ceo",
            "king",
            "queen",
            "prince",
            "senator",
            "mp");

    private Spokespeople() {}

    /** True if the base's speaker spoke for the version's, which now speaks in person. */
    static boolean elevated(Attribution base, Attribution variant) {
        Set<String> was = base.speakerWords();
        Set<String> now = variant.speakerWords();
        return was.stream().anyMatch(SPEAKING_FOR::contains)
                && now.stream().noneMatch(SPEAKING_FOR::contains)
                && now.stream().anyMatch(PRINCIPALS::contains)
                && was.containsAll(now);
    }
}
