package app.corroborate.align;

import app.corroborate.text.Span;
import app.corroborate.text.TokenDictionary;
import app.corroborate.text.Tokenizer;
import app.corroborate.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Aligns two versions sentence by sentence, then diffs words inside each pair.
 *
 * <p>Guarantees: rewrites that keep most of a sentence's weighted words pair with it; unrelated sentences stay
 * unpaired (added or dropped); sentences split in two or merged are grouped; pairs out of the kept order are
 * marked moved; all spans are offsets into the original texts. Output is deterministic (content keys are made
 * in text order before the texts are prepared in parallel). Time is near-linear in
 * the size of the texts (tokenising, hashing, an inverted index over unmatched sentences) plus the word diffs
 * inside changed pairs, which are bounded by sentence length.
 */
public final class SentenceAligner implements Aligner {

    /**
     * Texts longer than this are tokenised and prepared on two threads (one each), below it the hand-off costs
     * more.
     */
    private static final int PARALLEL_CHARS = 200_000;

    @Override
    public Alignment align(Version base, Version other) {
        TokenDictionary dictionary = new TokenDictionary();
        Tokens otherTokens;
        Tokens baseTokens;
        if (base.text().length() + other.text().length() < PARALLEL_CHARS) {
            baseTokens = new Tokenizer(dictionary).tokenize(base.text());
            otherTokens = new Tokenizer(dictionary).tokenize(other.text());
        } else {
            TokenDictionary otherDictionary = new TokenDictionary();
            CompletableFuture<Tokens> pending =
                    CompletableFuture.supplyAsync(() -> new Tokenizer(otherDictionary).tokenize(other.text()));
            baseTokens = new Tokenizer(dictionary).tokenize(base.text());
            otherTokens = pending.join().remapped(dictionary.absorb(otherDictionary));
        }
        ContentKeys keys = new ContentKeys(dictionary);
        PreparedText.makeKeys(base, baseTokens, dictionary, keys);
        PreparedText.makeKeys(other, otherTokens, dictionary, keys);
        if (base.text().length() + other.text().length() < PARALLEL_CHARS) {
            return align(
                    new PreparedText(base, baseTokens, dictionary, keys),
                    new PreparedText(other, otherTokens, dictionary, keys),
                    keys);
        }
        CompletableFuture<PreparedText> pending =
                CompletableFuture.supplyAsync(() -> new PreparedText(other, otherTokens, dictionary, keys));
        PreparedText prepared = new PreparedText(base, baseTokens, dictionary, keys);
        return align(prepared, pending.join(), keys);
    }

    /**
     * Several versions prepared once for alignment with each other: each text is read once (its tokens, sentence
     * hashes and content keys), so that aligning every pair of N versions costs N preparations, not 2 per pair.
     *
     * @param tokens each version's tokens, made with {@code dictionary} (the caller's tokenisation is reused)
     */
    public Batch batch(List<Version> versions, List<Tokens> tokens, TokenDictionary dictionary) {
        ContentKeys keys = new ContentKeys(dictionary);
        for (int i = 0; i < versions.size(); i++) {
            PreparedText.makeKeys(versions.get(i), tokens.get(i), dictionary, keys);
        }
        List<PreparedText> prepared = java.util.stream.IntStream.range(0, versions.size())
                .parallel()
                .mapToObj(i -> new PreparedText(versions.get(i), tokens.get(i), dictionary, keys))
                .toList();
        return new Batch(this, prepared, keys);
    }

    /** Versions prepared together; {@link #align(int, int)} gives the same alignment as the two-version call. */
    public static final class Batch {
        private final SentenceAligner aligner;
        private final List<PreparedText> prepared;
        private final ContentKeys keys;

        private Batch(SentenceAligner aligner, List<PreparedText> prepared, ContentKeys keys) {
            this.aligner = aligner;
            this.prepared = prepared;
            this.keys = keys;
        }

        /** The alignment of version {@code i} (as base) with version {@code j}. */
        public Alignment align(int i, int j) {
            return aligner.align(prepared.get(i), prepared.get(j), keys);
        }
    }

    Alignment align(PreparedText a, PreparedText b, ContentKeys keys) {
        Weights weights = new Weights(keys, a, b);
        List<SentencePairing.Group> groups = new SentencePairing(a, b, weights).pair();
        boolean[] moved = movedGroups(groups);
        List<Keyed> keyed = new ArrayList<>();
        int[] ownerOfOther = ownerOfOther(groups, b.sentences());
        int[] nextPaired = nextPairedBase(ownerOfOther, a.sentences());
        for (int g = 0; g < groups.size(); g++) {
            SentencePairing.Group group = groups.get(g);
            double key = sortKey(group, ownerOfOther, nextPaired);
            for (AlignedPair p : new PairBuilder(a, b).pairs(group, moved[g])) {
                keyed.add(new Keyed(key, p));
            }
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key));
        return new Alignment(
                a.version, b.version, keyed.stream().map(Keyed::pair).toList());
    }

    private record Keyed(double key, AlignedPair pair) {}

    private static boolean[] movedGroups(List<SentencePairing.Group> groups) {
        List<Integer> paired = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).base().length > 0 && groups.get(g).other().length > 0) {
                paired.add(g);
            }
        }
        int[] positions =
                paired.stream().mapToInt(g -> groups.get(g).other()[0]).toArray();
        boolean[] kept = Order.kept(positions);
        boolean[] moved = new boolean[groups.size()];
        for (int i = 0; i < paired.size(); i++) {
            moved[paired.get(i)] = !kept[i];
        }
        return moved;
    }

    /** For each other sentence, the first base sentence of its group, or -1 if added. */
    private static int[] ownerOfOther(List<SentencePairing.Group> groups, int otherCount) {
        int[] owner = new int[otherCount];
        java.util.Arrays.fill(owner, -1);
        for (SentencePairing.Group g : groups) {
            for (int t : g.other()) {
                owner[t] = g.base().length > 0 ? g.base()[0] : -1;
            }
        }
        return owner;
    }

    /**
     * Base order; an added sentence goes after the group of the nearest preceding paired sentence and after any
     * dropped base sentences that follow that group (deletions before insertions, as diffs show them).
     */
    private static double sortKey(SentencePairing.Group g, int[] ownerOfOther, int[] nextPaired) {
        if (g.base().length > 0) {
            return g.base()[0];
        }
        int t = g.other()[0];
        for (int p = t - 1; p >= 0; p--) {
            if (ownerOfOther[p] >= 0) {
                return nextPaired[ownerOfOther[p] + 1] - 0.5 + t * 1e-9;
            }
        }
        return nextPaired[0] - 0.5 + t * 1e-9;
    }

    /** For each base index i (and one past the end), the smallest paired base index at or after i. */
    private static int[] nextPairedBase(int[] ownerOfOther, int baseCount) {
        boolean[] paired = new boolean[baseCount];
        for (int owner : ownerOfOther) {
            if (owner >= 0) {
                paired[owner] = true;
            }
        }
        int[] next = new int[baseCount + 1];
        next[baseCount] = baseCount;
        for (int i = baseCount - 1; i >= 0; i--) {
            next[i] = paired[i] ? i : next[i + 1];
        }
        return next;
    }

    /** Builds the pairs of one group with the word edits of the group. */
    private record PairBuilder(PreparedText a, PreparedText b) {

        List<AlignedPair> pairs(SentencePairing.Group g, boolean moved) {
            if (g.other().length == 0) {
                int s = g.base()[0];
                return List.of(new AlignedPair(Relation.DROPPED, Link.NONE, 0, a.sentence(s), null, s, -1, List.of()));
            }
            if (g.base().length == 0) {
                int t = g.other()[0];
                return List.of(new AlignedPair(Relation.ADDED, Link.NONE, 0, null, b.sentence(t), -1, t, List.of()));
            }
            boolean oneToOne = g.base().length == 1 && g.other().length == 1;
            if (oneToOne && a.sameTokens(g.base()[0], b, g.other()[0])) {
                int s = g.base()[0];
                int t = g.other()[0];
                return List.of(new AlignedPair(
                        moved ? Relation.MOVED : Relation.SAME,
                        Link.ONE_TO_ONE,
                        1.0,
                        a.sentence(s),
                        b.sentence(t),
                        s,
                        t,
                        List.of()));
            }
            List<Edit> edits = TokenDiff.diff(side(a, g.base()), side(b, g.other()));
            Relation relation = moved ? Relation.MOVED : oneToOne && edits.isEmpty() ? Relation.SAME : Relation.CHANGED;
            Link link = g.other().length > 1 ? Link.SPLIT : g.base().length > 1 ? Link.MERGE : Link.ONE_TO_ONE;
            List<AlignedPair> out = new ArrayList<>();
            for (int s : g.base()) {
                for (int t : g.other()) {
                    List<Edit> mine = edits.stream()
                            .filter(e -> owns(a.sentence(s), e.base(), g.base().length)
                                    && owns(b.sentence(t), e.other(), g.other().length))
                            .toList();
                    double sim = Math.round(g.similarity() * 1000) / 1000.0;
                    out.add(new AlignedPair(relation, link, sim, a.sentence(s), b.sentence(t), s, t, mine));
                }
            }
            return out;
        }

        /** With several sentences on a side, an edit belongs to the sentence where it starts. */
        private static boolean owns(Span sentence, Span edit, int sentencesOnSide) {
            return sentencesOnSide == 1 || edit.start() >= sentence.start() && edit.start() <= sentence.end();
        }

        private static TokenDiff.Side side(PreparedText text, int[] sentences) {
            int count = 0;
            for (int s : sentences) {
                count += text.to[s] - text.from[s];
            }
            int[] indices = new int[count];
            int n = 0;
            for (int s : sentences) {
                for (int i = text.from[s]; i < text.to[s]; i++) {
                    indices[n++] = i;
                }
            }
            return new TokenDiff.Side(
                    text.tokens, indices, text.sentence(sentences[0]).start());
        }
    }
}
