package app.corroborate.collate;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.text.Span;
import java.util.List;

/**
 * Everything a rule needs to compare one version with the base: both analyses, their sentence alignment,
 * whether the version is a copy of the base (same wire text), and the sources independent of the version.
 *
 * <p>Guarantees: {@code independent} never contains the version or a copy of it; the base is always available
 * separately.
 */
public record Comparison(DocumentAnalysis base, DocumentAnalysis version, Alignment alignment, boolean copyOfBase,
        List<DocumentAnalysis> independent) {

    /** Pairs that join a base sentence with a version sentence. */
    public List<AlignedPair> paired() {
        return alignment.pairs().stream().filter(AlignedPair::paired).toList();
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
