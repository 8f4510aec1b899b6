package app.corroborate.review;

import app.corroborate.align.Alignment;
import app.corroborate.claim.Claim;
import app.corroborate.claim.ClaimsMatrix;
import app.corroborate.flag.Flag;
import app.corroborate.source.SourceDocument;
import app.corroborate.store.StoredSource;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flags and claims of a stored case, computed from its sources (the base first).
 *
 * <p>Guarantees: {@code stored}, {@code documents} and {@code sources} are in the same order, index 0 being the
 * base; {@code toBase.get(i)} aligns the base with source {@code i} (empty only for a case without sources); every flag's {@code source} is the path of
 * one of the documents. Two analyses are equal only when they are the same object: comparing two in depth would
 * cost as much as computing one, and observers of the window only need to know that a new one arrived.
 */
public record CaseAnalysis(
        List<StoredSource> stored,
        List<SourceDocument> documents,
        List<SourceSummary> sources,
        List<Alignment> toBase,
        List<Flag> flags,
        ClaimsMatrix claims) {

    public CaseAnalysis {
        stored = List.copyOf(stored);
        documents = List.copyOf(documents);
        sources = List.copyOf(sources);
        toBase = List.copyOf(toBase);
        flags = List.copyOf(flags);
    }

    /** The colour number of the source at {@code index} (see {@link SourceSummary#colour()}); 0 when unknown. */
    public int colourOf(int index) {
        return index >= 0 && index < sources.size() ? sources.get(index).colour() : 0;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The analysis of a case with no sources. */
    public static CaseAnalysis empty() {
        return new CaseAnalysis(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new ClaimsMatrix(List.of(), List.of(), List.of()));
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /** The index of the source with this path, or -1. */
    public int indexOf(String path) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    /** The flags raised on the source at {@code index}, in text order. */
    public List<Flag> flagsOf(int index) {
        String path = documents.get(index).path();
        return flags.stream().filter(f -> f.source().equals(path)).toList();
    }

    /**
     * The claims a flag is about: those whose statement in the flag's source, or in the base, overlaps the flagged
     * spans.
     */
    public List<Claim> claimsAbout(Flag flag) {
        List<Claim> out = new ArrayList<>();
        String base = documents.isEmpty() ? null : documents.get(0).path();
        for (Claim c : claims.claims()) {
            if (overlaps(c.support(), flag.source(), flag.variantSpan())
                    || overlaps(c.support(), base, flag.baseSpan())) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean overlaps(Map<String, app.corroborate.claim.Support> support, String path, Span span) {
        if (span == null || path == null) {
            return false;
        }
        return Optional.ofNullable(support.get(path))
                .map(s -> s.span() != null
                        && (s.span().overlaps(span)
                                || span.isEmpty() && s.span().contains(span.start())))
                .orElse(false);
    }
}
