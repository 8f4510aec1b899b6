package app.corroborate.collate;

import app.corroborate.align.Alignment;
import app.corroborate.align.SentenceAligner;
import app.corroborate.align.Version;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.source.SourceDocument;
import app.corroborate.text.TokenDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * Several versions of one story read together: an analysis of each, the alignment of each with the base, and
 * the groups of copies. The input of the flag engine and of the claims matrix.
 *
 * <p>Guarantees: {@code toBase.get(i)} aligns the base with source {@code i} (the base with itself included);
 * {@code group[i]} numbers source {@code i}'s copy group. Aligns each pair of sources once.
 */
public record Collation(List<DocumentAnalysis> analyses, int base, List<Alignment> toBase, int[] group,
        java.util.Map<Long, Alignment> between) {

    public static Collation of(List<SourceDocument> sources, int base) {
        if (sources.isEmpty() || base < 0 || base >= sources.size()) {
            throw new IllegalArgumentException("the base must be one of the " + sources.size() + " sources");
        }
        TokenDictionary dictionary = new TokenDictionary();
        List<DocumentAnalysis> analyses = sources.stream().map(d -> new DocumentAnalysis(d, dictionary)).toList();
        SentenceAligner aligner = new SentenceAligner();
        List<Version> versions = sources.stream().map(Version::of).toList();
        List<Alignment> toBase = new ArrayList<>();
        for (Version v : versions) {
            toBase.add(aligner.align(versions.get(base), v));
        }
        java.util.Map<Long, Alignment> between = new java.util.HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                if (i != base && j != base) {
                    between.put(key(i, j), aligner.align(versions.get(i), versions.get(j)));
                }
            }
        }
        Collation partial = new Collation(analyses, base, toBase, new int[sources.size()], between);
        int[] group = CopyDetector.groups(sources.size(), partial::alignment);
        return new Collation(analyses, base, toBase, group, between);
    }

    private static long key(int i, int j) {
        return (long) i << 32 | j;
    }

    /** The alignment of source {@code i} (as base) with source {@code j}. */
    public Alignment alignment(int i, int j) {
        if (i == base) {
            return toBase.get(j);
        }
        if (j == base) {
            return toBase.get(i).reversed();
        }
        return i < j ? between.get(key(i, j)) : between.get(key(j, i)).reversed();
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
        return new Comparison(analyses.get(base), analyses.get(i), toBase.get(i), group[i] == group[base],
                independentOf(i));
    }
}
