package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.Attribution;
import app.corroborate.facts.SentenceInfo;
import java.util.Locale;

/**
 * A named subject reporting its own act: "Uzbekistan Airways cancelled four flights, the airline said" retold as
 * "Uzbekistan Airways cancelled four flights". The base's speaker is a description without a name that follows the
 * claim (the newsroom's way of naming the sentence's subject again), and the version's sentence opens on that same
 * named subject, which now reports its own act: no source is lost.
 *
 * <p>Guarantees: the description refers back to the subject only if its last word shares the first three letters of a
 * word of the subject's name ("the airline" for "Uzbekistan Airways", "the bank" for "Bank of Ghana"); "the ministry"
 * after an airline's act, or "the agency" after a person's, is another source.
 */
final class ActorSpeaks {

    /** Letters a description's noun shares with the start of a word of the name ("air-line", "Air-ways"). */
    static final int SHARED_START = 3;

    private ActorSpeaks() {}

    static boolean of(Comparison c, Attribution was, SentenceInfo b, SentenceInfo v) {
        String speaker =
                c.base().text().substring(was.speaker().start(), was.speaker().end());
        if (!speaker.toLowerCase(Locale.ROOT).startsWith("the ")
                || !speaker.substring(4).chars().allMatch(ch -> ch == ' ' || Character.isLowerCase(ch))
                || !afterTheClaim(was, b)
                || b.names().isEmpty()
                || v.names().isEmpty()) {
            return false;
        }
        var subject = b.names().get(0);
        var versionSubject = v.names().get(0);
        String head = speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return subject.span().start() == c.base().tokens().start(b.tokenFrom())
                && versionSubject.span().start() == c.version().tokens().start(v.tokenFrom())
                && subject.key().equals(versionSubject.key())
                && subject.words().stream().anyMatch(w -> sharesStart(w, head));
    }

    /** The attribution closes the sentence: its speaker after its verb, or its verb in the sentence's second half. */
    private static boolean afterTheClaim(Attribution was, SentenceInfo b) {
        int length = b.span().end() - b.span().start();
        return was.speaker().start() > was.verb().start()
                || was.verb().start() - b.span().start() >= length / 2;
    }

    private static boolean sharesStart(String word, String head) {
        return word.length() >= SHARED_START
                && head.length() >= SHARED_START
                && word.regionMatches(0, head, 0, SHARED_START);
    }
}
