package app.corroborate.collate;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.align.SentenceAligner;
import app.corroborate.align.Version;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Shingles;
import app.corroborate.source.SourceDocument;
import app.corroborate.text.TokenDictionary;
import app.corroborate.text.Tokenizer;
import app.corroborate.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Several versions of one story read together: an analysis of each, the alignment of each with the base, and
 * the groups of copies. The input of the flag engine and of the claims matrix.
 *
 * <p>Guarantees: {@code toBase.get(i)} aligns the base with source {@code i} (the base with itself included);
 * {@code group[i]} numbers source {@code i}'s copy group. Aligns each pair of sources once.
 */
public final class Collation {

    private final List<DocumentAnalysis> analyses;
    private final int base;
    private final List<Alignment> toBase;
    private final int[] group;
    private final Map<Long, Alignment> between;
    private final Map<Long, Alignment> reversed = new ConcurrentHashMap<>();
    private final Map<Long, List<List<AlignedPair>>> pairIndex = new ConcurrentHashMap<>();

    private Collation(
            List<DocumentAnalysis> analyses,
            int base,
            List<Alignment> toBase,
            int[] group,
            Map<Long, Alignment> between) {
        this.analyses = List.copyOf(analyses);
        this.base = base;
        this.toBase = List.copyOf(toBase);
        this.group = group;
        this.between = between;
    }

    public static Collation of(List<SourceDocument> sources, int base) {
        if (sources.isEmpty() || base < 0 || base >= sources.size()) {
            throw new IllegalArgumentException("the base must be one of the " + sources.size() + " sources");
        }
        TokenDictionary dictionary = new TokenDictionary();
        List<Tokens> tokens = tokenise(sources, dictionary);
        List<DocumentAnalysis> analyses = IntStream.range(0, sources.size())
                .parallel()
                .mapToObj(i -> prepared(new DocumentAnalysis(sources.get(i), dictionary, tokens.get(i))))
                .toList();
        List<Version> versions = sources.stream().map(Version::of).toList();
        SentenceAligner.Batch aligner = new SentenceAligner().batch(versions, tokens, dictionary);
        List<Alignment> toBase = IntStream.range(0, sources.size())
                .parallel()
                .mapToObj(i -> aligner.align(base, i))
                .toList();
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                if (i != base && j != base) {
                    pairs.add(new long[] {i, j});
                }
            }
        }
        Map<Long, Alignment> between = new ConcurrentHashMap<>();
        pairs.parallelStream()
                .forEach(p -> between.put(key((int) p[0], (int) p[1]), aligner.align((int) p[0], (int) p[1])));
        Collation partial = new Collation(analyses, base, toBase, new int[sources.size()], between);
        int[] group = CopyDetector.groups(analyses, partial::alignment);
        return new Collation(analyses, base, toBase, group, between);
    }

    /**
     * Every source's tokens with ids from one dictionary: each source is tokenised on its own thread with its own
     * dictionary, then the dictionaries are merged in source order (so ids do not depend on timing).
     */
    private static List<Tokens> tokenise(List<SourceDocument> sources, TokenDictionary dictionary) {
        List<TokenDictionary> own =
                sources.stream().map(s -> new TokenDictionary()).toList();
        List<Tokens> raw = IntStream.range(0, sources.size())
                .parallel()
                .mapToObj(i -> new Tokenizer(own.get(i)).tokenize(sources.get(i).text()))
                .toList();
        List<Tokens> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            out.add(raw.get(i).remapped(dictionary.absorb(own.get(i))));
        }
        return out;
    }

    /** An analysis with the word runs the copy groups compare read at once (on the analysis's own thread). */
    private static DocumentAnalysis prepared(DocumentAnalysis analysis) {
        Shingles.of(analysis);
        return analysis;
    }

    private static long key(int i, int j) {
        return (long) i << 32 | j;
    }

    public List<DocumentAnalysis> analyses() {
        return analyses;
    }

    /** The index of the base among the sources. */
    public int base() {
        return base;
    }

    /** {@code toBase().get(i)} aligns the base with source {@code i}. */
    public List<Alignment> toBase() {
        return toBase;
    }

    /** {@code group()[i]} numbers source {@code i}'s copy group. */
    public int[] group() {
        return group;
    }

    /**
     * The alignment of source {@code i} (as base) with source {@code j}. Each pair is aligned once; an alignment
     * seen from its other side is turned round once and kept.
     */
    public Alignment alignment(int i, int j) {
        if (i == base) {
            return toBase.get(j);
        }
        if (j == base) {
            return reversed.computeIfAbsent(key(i, j), k -> toBase.get(i).reversed());
        }
        return i < j
                ? between.get(key(i, j))
                : reversed.computeIfAbsent(
                        key(i, j), k -> between.get(key(j, i)).reversed());
    }

    /**
     * The pairs of {@link #alignment(int, int)} that join sentence {@code sentence} of source {@code i} with a
     * sentence of source {@code j} (built once per pair of sources, linear in the alignment).
     */
    public List<AlignedPair> pairedWith(int i, int j, int sentence) {
        List<List<AlignedPair>> index = pairIndex.computeIfAbsent(key(i, j), k -> {
            List<List<AlignedPair>> out = new ArrayList<>();
            for (int s = 0; s < analyses.get(i).sentences().size(); s++) {
                out.add(new ArrayList<>(1));
            }
            for (AlignedPair p : alignment(i, j).pairs()) {
                if (p.paired() && p.baseIndex() >= 0 && p.baseIndex() < out.size()) {
                    out.get(p.baseIndex()).add(p);
                }
            }
            return out;
        });
        return index.get(sentence);
    }

    public int size() {
        return analyses.size();
    }

    /** The paths of the sources, grouped by copy group in group order. */
    public List<List<String>> groupPaths() {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            while (groups.size() <= group[i]) {
                groups.add(new ArrayList<>());
            }
            groups.get(group[i]).add(analyses.get(i).document().path());
        }
        return groups;
    }

    /** The sources independent of source {@code i}: neither it, nor a copy of it, nor the base. */
    public List<DocumentAnalysis> independentOf(int i) {
        List<DocumentAnalysis> out = new ArrayList<>();
        for (int k = 0; k < size(); k++) {
            if (group[k] != group[i] && k != base) {
                out.add(analyses.get(k));
            }
        }
        return out;
    }

    /** The comparison of source {@code i} with the base. */
    public Comparison comparison(int i) {
        List<DocumentAnalysis> fellows = new ArrayList<>();
        for (int k = 0; k < size(); k++) {
            if (group[k] == group[i] && k != i && k != base) {
                fellows.add(analyses.get(k));
            }
        }
        return new Comparison(
                analyses.get(base), analyses.get(i), toBase.get(i), group[i] == group[base], independentOf(i), fellows);
    }
}
