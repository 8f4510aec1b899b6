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
        Map<String, Sentences> index = index(version);
        int[] counts = new int[version.sentences().size()];
        Sentences touched = new Sentences();
        List<AlignedPair> out = new ArrayList<>();
        for (SentenceInfo b : base.sentences()) {
            List<AlignedPair> pairs = byBase.get(b.index());
            if (b.headline() || pairs.stream().anyMatch(p -> p.similarity() >= LOOSE)) {
                continue;
            }
            Set<String> words = words(base, b);
            touched.size = 0;
            for (String w : words) {
                Sentences holding = index.get(w);
                for (int k = 0; holding != null && k < holding.size; k++) {
                    if (counts[holding.ids[k]]++ == 0) {
                        touched.add(holding.ids[k]);
                    }
                }
            }
            int best = -1;
            int most = 0;
            for (int k = 0; k < touched.size; k++) {
                int j = touched.ids[k];
                int count = counts[j];
                counts[j] = 0;
                boolean already = pairs.stream().anyMatch(p -> p.otherIndex() == j);
                if (!already && (count > most || count == most && j < best)) {
                    best = j;
                    most = count;
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
            if (states(doc, i)) {
                out.add(doc.stem(i));
            }
        }
        return out;
    }

    /** True if token {@code i} is a lower-case content word or a figure (see {@link #words}). */
    private static boolean states(DocumentAnalysis doc, int i) {
        return doc.tokens().kind(i) != TokenKind.PUNCT
                && !ContentWords.FUNCTION.contains(doc.form(i))
                && !Character.isUpperCase(doc.text().charAt(doc.tokens().start(i)));
    }

    /**
     * Content word to the version sentences holding it (ascending, each once), words common to many sentences
     * left out.
     */
    private static Map<String, Sentences> index(DocumentAnalysis version) {
        Map<String, Sentences> index = new HashMap<>();
        for (SentenceInfo s : version.sentences()) {
            if (!s.headline()) {
                for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
                    if (states(version, i)) {
                        Sentences holding = index.computeIfAbsent(version.stem(i), k -> new Sentences());
                        if (holding.size <= COMMON && (holding.size == 0 || holding.last() != s.index())) {
                            holding.add(s.index());
                        }
                    }
                }
            }
        }
        index.values().removeIf(l -> l.size > COMMON);
        return index;
    }

    /** A growable list of sentence indices, without a boxed integer per index. */
    private static final class Sentences {
        private int[] ids = new int[2];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int last() {
            return ids[size - 1];
        }
    }
}
