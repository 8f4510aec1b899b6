package app.corroborate.collate;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Memo;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Everything a rule needs to compare one version with the base: both analyses, their sentence alignment,
 * whether the version is a copy of the base (same wire text), and the sources independent of the version.
 *
 * <p>Guarantees: {@code independent} never contains the version or a copy of it; the base is always available
 * separately. The paired sentences, their lookups by either side and the counterparts of loosely paired base
 * sentences are built once, in time linear in the alignment and the two documents.
 */
public final class Comparison {

    private final DocumentAnalysis base;
    private final DocumentAnalysis version;
    private final Alignment alignment;
    private final boolean copyOfBase;
    private final List<DocumentAnalysis> independent;
    private final List<DocumentAnalysis> fellows;
    private final List<AlignedPair> paired;
    private final List<List<AlignedPair>> byBase;
    private final List<List<AlignedPair>> byVersion;
    private final List<AlignedPair> counterparts;
    private final boolean earlierEdition;
    private final Memo<Comparison> memo = new Memo<>();

    public Comparison(
            DocumentAnalysis base,
            DocumentAnalysis version,
            Alignment alignment,
            boolean copyOfBase,
            List<DocumentAnalysis> independent) {
        this(base, version, alignment, copyOfBase, independent, List.of());
    }

    /** As above, with the other copies of the version's wire text ({@code fellows}: neither it nor the base). */
    public Comparison(
            DocumentAnalysis base,
            DocumentAnalysis version,
            Alignment alignment,
            boolean copyOfBase,
            List<DocumentAnalysis> independent,
            List<DocumentAnalysis> fellows) {
        this.fellows = List.copyOf(fellows);
        this.base = base;
        this.version = version;
        this.alignment = alignment;
        this.copyOfBase = copyOfBase;
        this.independent = List.copyOf(independent);
        this.paired = alignment.pairs().stream().filter(AlignedPair::paired).toList();
        this.byBase = index(paired, base.sentences().size(), true);
        this.byVersion = index(paired, version.sentences().size(), false);
        this.counterparts = Counterparts.of(base, version, byBase);
        this.earlierEdition = copyOfBase && Editions.earlier(base, version);
    }

    private static List<List<AlignedPair>> index(List<AlignedPair> pairs, int size, boolean baseSide) {
        List<List<AlignedPair>> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new ArrayList<>(1));
        }
        for (AlignedPair p : pairs) {
            int i = baseSide ? p.baseIndex() : p.otherIndex();
            if (i >= 0 && i < size) {
                out.get(i).add(p);
            }
        }
        return out;
    }

    public DocumentAnalysis base() {
        return base;
    }

    public DocumentAnalysis version() {
        return version;
    }

    public Alignment alignment() {
        return alignment;
    }

    public boolean copyOfBase() {
        return copyOfBase;
    }

    /**
     * True if the version is an earlier edition of the base's wire text: a copy that counts what happened with
     * figures the base has since replaced (see {@link Editions}).
     */
    public boolean earlierEdition() {
        return earlierEdition;
    }

    /**
     * Where the version says its text goes on in a later take ("MORE TO FOLLOW" alone on a line) and the base does
     * not (a base that says so too is as early a take): the offset of that line in the version's text, or -1.
     */
    public int versionContinuedAt() {
        return memo.get(
                "continued", this, c -> Editions.continuedAt(c.base) < 0 ? Editions.continuedAt(c.version) : -1);
    }

    public List<DocumentAnalysis> independent() {
        return independent;
    }

    /** The other sources that carry the version's wire text (its copy group but the version and the base). */
    public List<DocumentAnalysis> fellows() {
        return fellows;
    }

    /** Pairs that join a base sentence with a version sentence, in alignment order. */
    public List<AlignedPair> paired() {
        return paired;
    }

    /**
     * For base sentences the alignment left unpaired or paired loosely, the version sentence that holds most of
     * their content words (a claim moved into a merged or retold sentence); see {@link Counterparts}.
     */
    public List<AlignedPair> counterparts() {
        return counterparts;
    }

    /** The pairs that join base sentence {@code i} with version sentences. */
    public List<AlignedPair> pairedWithBase(int i) {
        return byBase.get(i);
    }

    /** The pairs that join version sentence {@code j} with base sentences. */
    public List<AlignedPair> pairedWithVersion(int j) {
        return byVersion.get(j);
    }

    /**
     * A value derived from this comparison once and kept (what rules ask about the same pair of sources again):
     * {@code key} names it, {@code compute} builds it on first use.
     */
    public <T> T memo(Object key, Function<Comparison, T> compute) {
        return memo.get(key, this, compute);
    }

    /** Text of a span of the base. */
    public String baseText(Span s) {
        return s.of(base.text());
    }

    /** Text of a span of the version. */
    public String versionText(Span s) {
        return s.of(version.text());
    }
}
