package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loaded wording in a sentence the version tells in its own words, where the alignment found no base sentence
 * to compare it with (a heavy rewrite, a tabloid's retelling): a term the hand-made {@link Lexicon} classes as
 * loaded ("botched", "held to ransom", "brushed aside") that is the outlet's own (the published sentiment
 * lexicon alone is no guide here: with no base sentence to weigh it against, a word such as "grim" or "tragedy"
 * is plain reporting). The base sentence it retells, when
 * one shares enough of its content words, is given as the base side. The same holds for such a term inside an
 * edit of an aligned sentence too long to be a local substitution (see {@link #inEdit}).
 *
 * <p>Guarantees: only sentences no base sentence is paired with (a headline too: a tabloid's slant is often
 * there, and the list's terms are loaded wherever they stand); a term counts only when neither the base nor any
 * independent source uses its head word in any form, written in lower case (or opening the sentence), outside
 * quotation marks (not the speaker's), and not negated; at most {@value #PER_SENTENCE} findings per sentence; linear
 * in the version's tokens, the base sentence each retells found through an index of the base's stems.
 */
final class ChargedOwnSentences {

    /** Loaded terms flagged in one sentence at most: a tabloid sentence of five is one slanted sentence. */
    static final int PER_SENTENCE = 2;

    /** Content words a base sentence must share with the version's to be the one it retells. */
    static final int SHARED_TO_RETELL = 3;

    private final Lexicon lexicon;

    ChargedOwnSentences(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Finding> in(Comparison c) {
        List<Finding> out = new ArrayList<>();
        DocumentAnalysis v = c.version();
        for (int j = 0; j < v.sentences().size(); j++) {
            SentenceInfo s = v.sentence(j);
            if (!c.pairedWithVersion(j).isEmpty()) {
                continue;
            }
            int flagged = 0;
            for (int i = s.tokenFrom(); i < s.tokenTo() && flagged < PER_SENTENCE; i++) {
                int n = chargedAt(c, s, i);
                if (n > 0) {
                    Span at = new Span(v.tokens().start(i), v.tokens().end(i + n - 1));
                    out.add(finding(c, s, at));
                    flagged++;
                    i += n - 1;
                }
            }
        }
        return out;
    }

    /**
     * A loaded term of the outlet's own inside an edit of an aligned pair too long to be a local substitution (a
     * sentence largely rewritten around the same facts), or null: the edit's base words are the base side.
     */
    Finding inEdit(Comparison c, app.corroborate.align.AlignedPair p, app.corroborate.align.Edit e) {
        DocumentAnalysis v = c.version();
        SentenceInfo s = v.sentence(p.otherIndex());
        int[] r = v.tokenRange(e.other());
        if (r[1] - r[0] <= WordingRule.MAX_TOKENS) {
            return null;
        }
        for (int i = r[0]; i < r[1]; i++) {
            int n = chargedAt(c, s, i);
            if (n > 0 && i + n <= r[1]) {
                Span at = new Span(v.tokens().start(i), v.tokens().end(i + n - 1));
                return new Finding(
                        FlagKind.WORDING_LOADED,
                        Severity.MEDIUM,
                        e.base().isEmpty() ? p.base() : e.base(),
                        at,
                        "'" + c.versionText(at) + "' is charged wording of this outlet's own, in words it put in"
                                + " place of the base's plain account: no other source uses it.");
            }
        }
        return null;
    }

    /** The length in words of a charged term of the outlet's own starting at token {@code i}, or 0. */
    private int chargedAt(Comparison c, SentenceInfo s, int i) {
        DocumentAnalysis v = c.version();
        if (v.tokens().kind(i) != TokenKind.WORD
                || v.tokens().capitalized(i) && i != s.tokenFrom()
                || ConnotationShift.negated(v, s, i)
                || ConnotationShift.quoted(s, v.tokens().start(i))) {
            return 0;
        }
        int longest = lexicon.mayStartPhrase(v.form(i)) ? Math.min(Lexicon.LONGEST, s.tokenTo() - i) : 1;
        for (int n = longest; n >= 1; n--) {
            String cls = lexicon.classOf(WordingRule.phrase(v, i, n));
            if (cls != null) {
                return !Lexicon.neutral(cls) && !plainInOwnWords(cls, v.form(i), n) && own(c, i) ? n : 0;
            }
        }
        return 0;
    }

    /**
     * Verbs of saying that are a court's or a record's words as often as a slant ("admitted the charges", "conceded
     * the seat", "insisted on bail"): plain in a sentence of the outlet's own, where no base wording is there to
     * weigh them against. The other loaded verbs of saying ("crowed", "fumed") still count.
     */
    private static final Set<String> RECORD_WORDS = Set.of("admit", "conced", "confess", "insist");

    /**
     * Terms plain in a sentence of the outlet's own: a judgement on a claim's truth ("disputed", "false") and a
     * court's or a record's verb of saying (see {@link #RECORD_WORDS}).
     */
    private static boolean plainInOwnWords(String cls, String first, int words) {
        return cls.equals("epistemic")
                || cls.equals("loaded-attribution")
                        && words == 1
                        && RECORD_WORDS.stream().anyMatch(first::startsWith);
    }

    /**
     * The term's head word is used, in any form, by neither the base nor an independent source: "brushed off" is
     * the outlet's own though the base has "off the coast"; "rickety" is not when the base calls the boat rickety.
     */
    private static boolean own(Comparison c, int head) {
        String stem = c.version().stem(head);
        return !c.base().hasStem(stem) && c.independent().stream().noneMatch(d -> d.hasStem(stem));
    }

    private Finding finding(Comparison c, SentenceInfo s, Span at) {
        Span retold = retold(c, s);
        String term = c.versionText(at);
        return new Finding(
                FlagKind.WORDING_LOADED,
                Severity.MEDIUM,
                retold,
                at,
                "'" + term + "' is charged wording of this outlet's own, in a sentence it tells in its own words"
                        + (retold == null ? "" : " (the base tells it plainly)")
                        + ": no other source uses it.");
    }

    /**
     * The base sentence sharing the most content words with {@code s}, if it shares enough, else null: counted
     * through an index of the base's stems (kept with the base), so the cost is the version sentence's words times
     * the sentences each stem stands in, never the base's length per sentence.
     */
    private static Span retold(Comparison c, SentenceInfo s) {
        DocumentAnalysis v = c.version();
        Set<String> mine = new HashSet<>();
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            if (content(v, i)) {
                mine.add(v.stem(i));
            }
        }
        Map<String, List<Integer>> index =
                c.base().memo(StemIndex.class, StemIndex::of).sentencesByStem();
        Map<Integer, Integer> shared = new HashMap<>();
        for (String stem : mine) {
            for (int t : index.getOrDefault(stem, List.of())) {
                shared.merge(t, 1, Integer::sum);
            }
        }
        int best = -1;
        int bestShared = SHARED_TO_RETELL - 1;
        for (var e : shared.entrySet()) {
            if (e.getValue() > bestShared || e.getValue() == bestShared && best >= 0 && e.getKey() < best) {
                best = e.getKey();
                bestShared = e.getValue();
            }
        }
        return best < 0 ? null : c.base().sentence(best).span();
    }

    /** The base's story sentences by each content stem they hold (headlines left out), each sentence once per stem. */
    private record StemIndex(Map<String, List<Integer>> sentencesByStem) {

        static StemIndex of(DocumentAnalysis b) {
            Map<String, List<Integer>> out = new HashMap<>();
            for (SentenceInfo t : b.sentences()) {
                if (t.headline()) {
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (int i = t.tokenFrom(); i < t.tokenTo(); i++) {
                    if (content(b, i) && seen.add(b.stem(i))) {
                        out.computeIfAbsent(b.stem(i), k -> new ArrayList<>()).add(t.index());
                    }
                }
            }
            return new StemIndex(out);
        }
    }

    private static boolean content(DocumentAnalysis doc, int i) {
        return doc.tokens().kind(i) == TokenKind.WORD
                && doc.form(i).length() >= 3
                && !ContentWords.FUNCTION.contains(doc.form(i));
    }
}
