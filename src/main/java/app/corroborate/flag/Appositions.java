package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.Attribution;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.facts.Spelling;
import app.corroborate.facts.Titles;
import app.corroborate.text.WordLists;
import java.util.Set;

/**
 * What an apposition says of a speaker: the body a person speaks for ("Euan Drysdale, Scottish organiser of the
 * Rail Crews' Union, said"). Pure; see {@link Speakers}.
 */
final class Appositions {

    private Appositions() {}

    /**
     * "Euan Drysdale, Scottish organiser of the Rail Crews' Union, said" became "the Rail Crews' Union says": the
     * base's speaker is a person whom the base introduces, beside the speaker, as speaking for a body (its
     * apposition names a kind of organisation), and the version gives that body as the speaker: the same source,
     * not another. "X, an aide to Minister Y, said" became "Minister Y said" still differs (no body).
     */
    static boolean speaksFor(Comparison c, Attribution base, Attribution variant) {
        if (!(Speakers.person(c.base(), base) || Speakers.surname(c.base(), base))
                || variant.speakerWords().isEmpty()) {
            return false;
        }
        Set<String> beside = besideSpeaker(c.base(), base);
        return beside.stream().anyMatch(WordLists.ORGANISATIONS::contains)
                && variant.speakerWords().stream()
                        .filter(w -> !Titles.isTitle(w))
                        .allMatch(w -> beside.contains(Spelling.plain(w)));
    }

    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "that", "whom");

    /** Tokens an apposition gives a speaker's role in: up to {@value #APPOSITION} after the speaker's name. */
    private static final int APPOSITION = 10;

    /**
     * The word forms of the speaker's apposition: the tokens after the comma that follows the speaker, up to the
     * speech verb when the verb follows ("X, organiser of the union, said"), else up to {@value #APPOSITION}
     * tokens, and never into a relative clause ("..., which represents council staff"). Empty without a comma.
     */
    private static Set<String> besideSpeaker(DocumentAnalysis doc, Attribution a) {
        SentenceInfo s = doc.sentenceAt(a.speaker().start());
        Set<String> out = new java.util.HashSet<>();
        if (s == null) {
            return out;
        }
        int[] speaker = doc.tokenRange(a.speaker());
        int end = Math.min(s.tokenTo(), speaker[1] + APPOSITION);
        if (a.verb() != null && a.verb().start() >= a.speaker().end()) {
            end = Math.min(end, doc.tokenRange(a.verb())[0]);
        }
        if (speaker[1] >= end || !doc.form(speaker[1]).equals(",")) {
            return out; // no apposition: "the Workers' Union, which represents council staff" is the union itself
        }
        for (int k = speaker[1] + 1; k < end && !RELATIVES.contains(doc.form(k)); k++) {
            String form = doc.form(k);
            out.add(Spelling.plain(form.endsWith("'") ? form.substring(0, form.length() - 1) : form));
        }
        return out;
    }
}
