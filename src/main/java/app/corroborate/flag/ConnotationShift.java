package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Edit;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Quotations;
import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;

/**
 * Loaded wording found by connotation rather than by a list: inside an aligned pair, an edit whose replacing words
 * carry markedly stronger connotation (see {@link Valence}) than anything the base sentence says ("the talks were
 * delayed" became "the talks descended into chaos"; "officials asked people to stay indoors" became "officials
 * told terrified people to stay indoors"). The charged word must be the outlet's own: a word neither the base story
 * nor any independent source uses in any form, written in lower case (not a name), outside quotation marks (not
 * the speaker's), not negated, not in a headline, and not one the hand-made {@link Lexicon} calls plain (a word
 * for death, injury or a verdict is rated strongly for what it reports, not for how it reports it).
 *
 * <p>Guarantees: at most one finding per edit; a hash lookup per word of the pair, so linear in the pair's tokens
 * (the independent sources are asked through their word indexes).
 */
final class ConnotationShift {

    /**
     * The valence a negative replacing word needs to count as charged, on the lexicon's scale of -4 to +4: from 1.8
     * the lexicon holds words of alarm and judgement ("scared" -1.9, "panic" -2.3, "sinister" -2.9) while the mild
     * words of plain reporting ("delay" -1.3, "difficult" -1.5, "hostile" -1.6) stay below. Chosen by sweeping the
     * development stories: 1.5 added a plain word as a false positive, 2.0 lost a charged adjective found at 1.8.
     */
    static final double CHARGED = 1.8;

    /**
     * How much stronger, in valence points of the same sign, the replacing word must be than the strongest word of
     * the base sentence: a full point separates a charged rewrite ("delay" -1.3 became "chaos" -2.7) from a swap of
     * words of one tone ("dispute" -1.7 became "trouble" -1.7). A round value: with it no swap of like-toned words
     * was flagged on the development stories.
     */
    static final double CONTRAST = 1.0;

    /**
     * The valence a positive replacing word needs: positive ratings run high for everyday and polite words
     * ("thanks" 1.9, "approval" 2.1, "generous" 2.3) that add no slant, so praise must be stronger ("heroic" 2.6,
     * "miracle" 2.8) to count. Chosen on the development stories, where the negative side's bound let through only
     * such everyday words and no charged one.
     */
    static final double CHARGED_POSITIVE = 2.5;

    private final Valence valence;
    private final Lexicon lexicon;

    ConnotationShift(Valence valence, Lexicon lexicon) {
        this.valence = valence;
        this.lexicon = lexicon;
    }

    /** The finding for one edit of a pair, or null. */
    Finding in(Comparison c, AlignedPair p, Edit e) {
        if (e.other().isEmpty()) {
            return null;
        }
        DocumentAnalysis v = c.version();
        SentenceInfo sentence = v.sentence(p.otherIndex());
        if (sentence.headline()) {
            return null;
        }
        double[] replaced = extremes(c.base(), p.base());
        int[] r = v.tokenRange(e.other());
        int best = -1;
        double bestMargin = 0;
        for (int i = r[0]; i < r[1]; i++) {
            double val = ownCharged(c, sentence, i);
            double margin = Math.abs(val) - Math.abs(val < 0 ? replaced[0] : replaced[1]);
            if (val != 0 && margin >= CONTRAST && margin > bestMargin) {
                best = i;
                bestMargin = margin;
            }
        }
        return best < 0 ? null : finding(c, p, e, best);
    }

    /** The valence of token {@code i} if it is a charged word of the outlet's own, else 0. */
    private double ownCharged(Comparison c, SentenceInfo sentence, int i) {
        DocumentAnalysis v = c.version();
        if (v.tokens().kind(i) != TokenKind.WORD || v.tokens().capitalized(i)) {
            return 0;
        }
        double val = valence.of(v.form(i));
        String cls = lexicon.classOf(v.form(i));
        if (val > -CHARGED && val < CHARGED_POSITIVE
                || cls != null && Lexicon.neutral(cls)
                || c.base().hasStem(v.stem(i))
                || c.independent().stream().anyMatch(d -> d.hasStem(v.stem(i)))
                || negated(v, sentence, i)
                || quoted(sentence, v.tokens().start(i))) {
            return 0;
        }
        return val;
    }

    /**
     * The most negative and the most positive valence among the words of the base sentence (0 where none): the
     * rewrite is charged only if it is markedly stronger than anything the base said of the same event, so a
     * version that says "dead" where the base said "killed" is not.
     */
    private double[] extremes(DocumentAnalysis doc, Span sentence) {
        double[] out = {0, 0};
        int[] r = doc.tokenRange(sentence);
        for (int i = r[0]; i < r[1]; i++) {
            double val = valence.of(doc.form(i));
            out[0] = Math.min(out[0], val);
            out[1] = Math.max(out[1], val);
        }
        return out;
    }

    /** A negation within the two words before ("no danger", "not a threat"). */
    static boolean negated(DocumentAnalysis doc, SentenceInfo s, int i) {
        for (int k = Math.max(s.tokenFrom(), i - 2); k < i; k++) {
            String w = doc.form(k);
            if (w.equals("not") || w.equals("no") || w.equals("never") || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    static boolean quoted(SentenceInfo s, int offset) {
        for (Quotations.Quotation q : s.quotations()) {
            if (q.inner().contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Comparison c, AlignedPair p, Edit e, int word) {
        DocumentAnalysis v = c.version();
        int[] r = v.tokenRange(e.other());
        Span variant =
                r[1] - r[0] <= WordingRule.MAX_TOKENS ? e.other() : v.tokens().span(word);
        Span base = e.base().isEmpty() ? p.base() : e.base();
        String now = "'" + Wording.quote(v.text(), variant) + "'";
        String change = e.base().isEmpty()
                ? now + " was added"
                : "'" + Wording.quote(c.base().text(), e.base()) + "' became " + now;
        return new Finding(
                FlagKind.WORDING_LOADED,
                Severity.MEDIUM,
                base,
                variant,
                change + ": '"
                        + v.text().substring(v.tokens().start(word), v.tokens().end(word))
                        + "' is a charged word the base story does not use, with a markedly stronger connotation"
                        + " than the wording it replaces.");
    }
}
