package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.Attribution;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.SentenceInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A statement retold in a sentence the alignment did not pair word for word (a rewrite's own sentence holding the
 * base's claim), given to the same speaker with a verb of saying that judges the speaker or the statement where
 * the base's verb did not ("the ministry said on Tuesday" became "the agriculture ministry finally admitted").
 * The verb's stance is the lexicon's: the hand-made classes of verbs of saying.
 *
 * <p>Guarantees: only counterpart pairs and sentences the alignment left unpaired (the word-for-word pairs are
 * the edits' business, see {@link WordingRule}); the speakers must not differ (a changed speaker is the attribution rule's finding); one finding
 * per version verb. Linear in the counterpart pairs; each unpaired sentence with a judging verb (rare) is compared
 * with the base's sentences, whose content words are read once.
 */
final class RetoldSpeech {

    private final Lexicon lexicon;

    RetoldSpeech(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Finding> in(Comparison c) {
        List<Finding> out = new ArrayList<>();
        Set<app.corroborate.text.Span> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        c.counterparts().forEach(p -> pairs.add(new int[] {p.baseIndex(), p.otherIndex()}));
        pairs.addAll(unpaired(c));
        for (int[] p : pairs) {
            SentenceInfo b = c.base().sentence(p[0]);
            SentenceInfo v = c.version().sentence(p[1]);
            Attribution was = b.attribution();
            Attribution now = v.attribution();
            if (b.headline()
                    || v.headline()
                    || was == null
                    || now == null
                    || was.speaker() == null
                    || now.speaker() == null
                    || Speakers.different(c, was, now)) {
                continue;
            }
            String before = lexicon.classOf(c.baseText(was.verb()));
            String after = lexicon.classOf(c.versionText(now.verb()));
            boolean judged = after != null && !Lexicon.neutral(after) && after.endsWith("attribution");
            boolean plain = before == null || Lexicon.neutral(before);
            if (judged && plain && seen.add(now.verb())) {
                out.add(new Finding(
                        FlagKind.WORDING_LOADED,
                        Severity.MEDIUM,
                        was.verb(),
                        now.verb(),
                        "'" + c.baseText(was.verb()) + "' became '" + c.versionText(now.verb()) + "' in the retelling"
                                + " of this statement: " + Lexicon.describe(after) + " where the base reports it"
                                + " plainly."));
            }
        }
        return out;
    }

    /**
     * Content words besides the speaker's own that a rewrite's unpaired sentence must share with a base sentence
     * of the same speaker to retell its statement ("crops", "hectares", "2 300" beside "the ministry"): one or two
     * shared words are the story's topic, found in many of its sentences; three name what was said.
     */
    static final int RETOLD = 3;

    /**
     * Sentences of the version the alignment paired with nothing whose verb of saying judges, each with the base
     * sentence of the same speaker that shares the most content words with it, besides the speaker's (at least
     * {@link #RETOLD}).
     */
    private List<int[]> unpaired(Comparison c) {
        List<int[]> out = new ArrayList<>();
        List<Set<String>> baseWords = new ArrayList<>(); // each base sentence's content words, made once when needed
        for (SentenceInfo v : c.version().sentences()) {
            Attribution now = v.attribution();
            if (now == null
                    || now.speaker() == null
                    || !c.pairedWithVersion(v.index()).isEmpty()) {
                continue;
            }
            String cls = lexicon.classOf(c.versionText(now.verb()));
            if (cls == null || Lexicon.neutral(cls)) {
                continue;
            }
            Set<String> words = new HashSet<>(ContentWords.of(c.version(), v.span()));
            words.removeAll(ContentWords.of(c.version(), now.speaker()));
            int best = -1;
            int most = RETOLD - 1;
            for (SentenceInfo b : c.base().sentences()) {
                Attribution was = b.attribution();
                if (was == null || was.speaker() == null || Speakers.different(c, was, now)) {
                    continue;
                }
                if (baseWords.isEmpty()) {
                    c.base().sentences().forEach(x -> baseWords.add(ContentWords.of(c.base(), x.span())));
                }
                Set<String> shared = new HashSet<>(baseWords.get(b.index()));
                shared.retainAll(words);
                if (shared.size() > most) {
                    best = b.index();
                    most = shared.size();
                }
            }
            if (best >= 0) {
                out.add(new int[] {best, v.index()});
            }
        }
        return out;
    }
}
