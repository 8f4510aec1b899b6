package app.corroborate.collate;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Link;
import app.corroborate.align.Relation;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the content of a base sentence landed when the alignment did not pair it closely: a claim moved into a
 * sentence merged with another, or retold elsewhere. For each base sentence left unpaired, or paired only loosely,
 * the version sentence that holds most of its content words, when it holds enough of them.
 *
 * <p>Guarantees: a counterpart is never a sentence the alignment already pairs with that base sentence, nor a
 * headline; each base sentence has at most one. The pairs carry no word edits; their similarity is the share of
 * the base sentence's content words the counterpart holds. Cost: linear in the two documents' words, as the
 * version is read through an index of its content words and words found in more than {@value #COMMON} sentences
 * (they place nothing) are left out of it.
 */
final class Counterparts {

    /**
     * A pairing of at least this similarity already compares the base sentence with its rewrite; below it the
     * sentence is looked up again. Loose pairs that share only a topic, a name or a time measured 0.3 to 0.35 on
     * the development stories' merged sentences, close rewrites 0.5 and above; set between the two.
     */
    static final double LOOSE = 0.45;

    /**
     * Lower-case content words a counterpart must share with the base sentence: a fact and what it is about (a
     * figure, what it counts, a verb). Every merged sentence found on the development stories shared four or more;
     * fewer also placed sentences that share a time and a verb only.
     */
    static final int SHARED = 4;

    /**
     * Share of the base sentence's lower-case content words the counterpart must hold. On the development stories
     * the merged sentences that hold a moved claim held 0.56 and more; unrelated neighbours that share a subject
     * held 0.5 and less (checked by listing every counterpart the sets produce).
     */
    static final double COVERED = 0.55;

    /** A word found in more sentences than this names the story (its place, its subject), not one statement. */
    static final int COMMON = 6;

    private Counterparts() {}

    /** The counterparts of the base sentences the alignment left unpaired or loosely paired, in base order. */
    static List<AlignedPair> of(DocumentAnalysis base, DocumentAnalysis version, List<List<AlignedPair>> byBase) {
        Map<String, List<Integer>> index = index(version);
        List<AlignedPair> out = new ArrayList<>();
        for (SentenceInfo b : base.sentences()) {
            List<AlignedPair> pairs = byBase.get(b.index());
            if (b.headline() || pairs.stream().anyMatch(p -> p.similarity() >= LOOSE)) {
                continue;
            }
            Set<String> words = words(base, b);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : words) {
                index.getOrDefault(w, List.of()).forEach(j -> shared.merge(j, 1, Integer::sum));
            }
            int best = -1;
            int most = 0;
            for (var e : shared.entrySet()) {
                int j = e.getKey();
                boolean already = pairs.stream().anyMatch(p -> p.otherIndex() == j);
                if (!already && (e.getValue() > most || e.getValue() == most && j < best)) {
                    best = j;
                    most = e.getValue();
                }
            }
            double covered = words.isEmpty() ? 0 : (double) most / words.size();
            if (most >= SHARED && covered >= COVERED) {
                SentenceInfo v = version.sentence(best);
                out.add(new AlignedPair(
                        Relation.MOVED, Link.NONE, covered, b.span(), v.span(), b.index(), best, List.of()));
            }
        }
        return out;
    }

    /**
     * The stems of a sentence's lower-case content words and figures: what it states. Capitalised words are left
     * out, as names (of the story's people, places, bodies) recur through a story and place no single statement.
     */
    private static Set<String> words(DocumentAnalysis doc, SentenceInfo s) {
        Set<String> out = new HashSet<>();
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            if (doc.tokens().kind(i) != TokenKind.PUNCT
                    && !ContentWords.FUNCTION.contains(doc.form(i))
                    && !Character.isUpperCase(doc.text().charAt(doc.tokens().start(i)))) {
                out.add(doc.stem(i));
            }
        }
        return out;
    }

    /** Content word to the version sentences holding it, words common to many sentences left out. */
    private static Map<String, List<Integer>> index(DocumentAnalysis version) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (SentenceInfo s : version.sentences()) {
            if (!s.headline()) {
                for (String w : words(version, s)) {
                    index.computeIfAbsent(w, k -> new ArrayList<>()).add(s.index());
                }
            }
        }
        index.values().removeIf(l -> l.size() > COMMON);
        return index;
    }
}
