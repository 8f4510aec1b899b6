package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Edit;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.Attribution;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import app.corroborate.text.WordLists;
import java.util.HashSet;
import java.util.Set;

/**
 * The outlet describes what the speaker did in saying it: "the firm said the wall failed in the storm" became "the
 * firm was swift to pin it on the storm, saying the wall failed". The base's verb of saying is replaced by a
 * predicate of the outlet's own (a motive, a manner, a dismissal) and the statement itself is demoted to a
 * participle after a comma ("..., saying", "..., asserting that"). Reporting the channel ("issued a statement,
 * saying") is not a characterisation.
 *
 * <p>Guarantees: only a pair whose base sentence attributes with a finite verb that an edit replaces, and whose
 * version has the participle within {@value #REACH} tokens after that edit, is read; the new predicate must hold
 * at least {@value #NEW_WORDS} content words the base sentence does not use. Linear in the pair's tokens.
 */
final class CharacterisedStatement {

    /** The most tokens between the start of the replacing words and the participle that carries the statement. */
    static final int REACH = 10;

    /**
     * Content words of its own the new predicate needs: two ("blame" and "weather", "waved" and "account"), so that
     * a bare "went on, saying" or "added, saying" is not read as a judgement.
     */
    static final int NEW_WORDS = 2;

    /** Words that name the channel of a statement, not a judgement of it ("issued a statement, saying"). */
    private static final Set<String> CHANNEL = Set.of(
            "statement",
            "statements",
            "release",
            "conference",
            "briefing",
            "interview",
            "letter",
            "post",
            "posted",
            "message",
            "email",
            "filing",
            "wrote",
            "tweeted",
            "spoke",
            "told",
            "reporters",
            "responded",
            "replied",
            "commented",
            "later",
            "also");

    private CharacterisedStatement() {}

    /** The finding for this pair, or null. */
    static Finding in(Comparison c, AlignedPair p) {
        SentenceInfo b = c.base().sentence(p.baseIndex());
        SentenceInfo v = c.version().sentence(p.otherIndex());
        Attribution was = b.attribution();
        if (was == null
                || was.verbForm().endsWith("ing")
                || was.verbForm().equals("according")
                || participle(c.version(), v) >= 0 && participle(c.base(), b) >= 0) {
            return null;
        }
        for (Edit e : p.edits()) {
            if (e.base().isEmpty() || e.other().isEmpty() || !e.base().contains(was.verb())) {
                continue;
            }
            int[] from = c.version().tokenRange(e.other());
            int at = participleAfter(c.version(), from[0], Math.min(v.tokenTo(), from[0] + REACH));
            if (at > from[0] && characterises(c, b, from[0], at)) {
                Span variant = new Span(
                        c.version().tokens().start(from[0]),
                        c.version().tokens().end(at));
                return new Finding(
                        FlagKind.WORDING_LOADED,
                        Severity.MEDIUM,
                        was.verb(),
                        variant,
                        "'" + c.baseText(was.verb()) + "' became '"
                                + Wording.quote(c.version().text(), variant)
                                + "': the outlet now characterises the speaker's statement instead of reporting it.");
            }
        }
        return null;
    }

    /** The first token of a sentence that is a participle of saying after a comma, or -1. */
    private static int participle(DocumentAnalysis doc, SentenceInfo s) {
        return participleAfter(doc, s.tokenFrom(), s.tokenTo());
    }

    private static int participleAfter(DocumentAnalysis doc, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String f = doc.form(k);
            if (f.endsWith("ing")
                    && WordLists.SPEECH_VERBS.contains(f)
                    && doc.form(k - 1).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** The words from {@code from} up to the comma before {@code at} are a predicate of the outlet's own. */
    private static boolean characterises(Comparison c, SentenceInfo b, int from, int at) {
        Set<String> base = new HashSet<>(ContentWords.of(c.base(), b.span()));
        int fresh = 0;
        for (int k = from; k < at - 1; k++) {
            if (c.version().tokens().kind(k) == TokenKind.PUNCT) {
                continue;
            }
            String f = c.version().form(k);
            if (CHANNEL.contains(f) || WordLists.SPEECH_VERBS.contains(f)) {
                return false;
            }
            if (!ContentWords.FUNCTION.contains(f) && !base.contains(c.version().stem(k))) {
                fresh++;
            }
        }
        return fresh >= NEW_WORDS;
    }
}
