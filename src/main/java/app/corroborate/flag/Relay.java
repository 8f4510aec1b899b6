package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.Attribution;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.OwnNames;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import java.util.HashSet;
import java.util.Set;

/**
 * Whom a statement was told to: "X told a national broadcaster", "X told a @NewsChannel freelancer". The same
 * speaker's words relayed through another outlet than the base's (the agency's own interview, or an outlet named
 * where the base names none) change where the claim comes from.
 *
 * <p>Guarantees: only the verb "told" with a recipient that names someone (a capitalised word) counts; the
 * generic audiences ("reporters", "a news conference", "staff") never do, nor the page's own name ("told the
 * Herald" on the Herald's page, see {@link OwnNames}); the speaker must be the base's (its
 * words named in the version's sentence). Linear in the sentence length.
 *
 * @param span the recipient as written in the version
 */
record Relay(Span span) {

    /** The most words taken as the recipient after "told". */
    private static final int MAX_RECIPIENT = 5;
    /** Words that end a recipient ("told NDTV that ...", "told NDTV on Sunday"). */
    private static final Set<String> ENDS = Set.of(
            "that", "on", "in", "at", "after", "before", "when", "while", "about", "by", "he", "she", "it", "they",
            "the", "there", "this");

    /** The version's new recipient, or null when the outlet did not change. */
    static Relay changed(Comparison c, Attribution was, Attribution now, SentenceInfo v) {
        if (!c.version().form(c.version().tokenRange(now.verb())[0]).equals("told")
                || ContentWords.covered(
                                ContentWords.of(c.base(), was.speaker()), ContentWords.of(c.version(), v.span()))
                        < 0.5) {
            return null;
        }
        Span told = recipient(c.version(), now, v);
        if (told == null || OwnNames.all(c.version(), ContentWords.of(c.version(), told))) {
            return null;
        }
        Span before = c.base().form(c.base().tokenRange(was.verb())[0]).equals("told")
                ? recipient(c.base(), was, c.base().sentenceAt(was.verb().start()))
                : null;
        if (before == null) {
            return new Relay(told);
        }
        Set<String> earlier = new HashSet<>(ContentWords.of(c.base(), before));
        return ContentWords.of(c.version(), told).stream().anyMatch(earlier::contains) ? null : new Relay(told);
    }

    /** The words after "told" up to a clause word or punctuation, when one of them is capitalised. */
    private static Span recipient(DocumentAnalysis doc, Attribution a, SentenceInfo s) {
        if (s == null) {
            return null;
        }
        int from = doc.tokenRange(a.verb())[1];
        int k = from;
        boolean named = false;
        while (k < s.tokenTo()
                        && k - from < MAX_RECIPIENT
                        && (doc.tokens().kind(k) != TokenKind.PUNCT
                                || doc.form(k).equals("@"))
                        && !ENDS.contains(doc.form(k))
                || k == from && k < s.tokenTo() && doc.form(k).equals("the")) {
            String w = doc.text().substring(doc.tokens().start(k), doc.tokens().end(k));
            named |= !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || w.startsWith("@"));
            k++;
        }
        return named && k > from
                ? new Span(doc.tokens().start(from), doc.tokens().end(k - 1))
                : null;
    }
}
