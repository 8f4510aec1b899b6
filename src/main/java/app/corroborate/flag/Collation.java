package app.corroborate.flag;

import app.corroborate.align.Alignment;
import app.corroborate.align.CopyDetector;
import app.corroborate.align.SentenceAligner;
import app.corroborate.align.Version;
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
public record Collation(List<DocumentAnalysis> analyses, int base, List<Alignment> toBase, int[] group) {

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
        int[] group = CopyDetector.groups(sources.size(), (i, j) -> i == base ? toBase.get(j)
                : j == base ? toBase.get(i) : aligner.align(versions.get(i), versions.get(j)));
        return new Collation(analyses, base, toBase, group);
    }

    public int size() {
        return analyses.size();
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
