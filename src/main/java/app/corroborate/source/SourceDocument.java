package app.corroborate.source;

import app.corroborate.text.SentenceSplitter;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One imported version of a story: the raw bytes and their hash, the extracted visible text, its blocks, the
 * page furniture excluded from comparison, and the story sentences.
 *
 * <p>Guarantees: every span (blocks, exclusions, sentences) is a half-open range into {@link #text()}; the
 * sentences never overlap an excluded span; the raw bytes are exactly the file's bytes; the warnings say what
 * the import could not read or found suspicious (never null).
 */
public record SourceDocument(
        String path,
        SourceFormat format,
        String encoding,
        String sha256,
        byte[] raw,
        String text,
        List<Block> blocks,
        SourceMetadata metadata,
        List<Exclusion> excluded,
        List<Span> sentences,
        List<ImportWarning> warnings)
        implements java.io.Serializable {

    public SourceDocument {
        blocks = List.copyOf(blocks);
        excluded = List.copyOf(excluded);
        sentences = List.copyOf(sentences);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Builds a document, splitting the story text (the blocks minus the exclusions) into sentences. */
    public static SourceDocument of(
            String path,
            SourceFormat format,
            String encoding,
            String sha256,
            byte[] raw,
            String text,
            List<Block> blocks,
            SourceMetadata metadata,
            List<Exclusion> excluded) {
        return of(path, format, encoding, sha256, raw, text, blocks, metadata, excluded, List.of());
    }

    /** As {@link #of(String, SourceFormat, String, String, byte[], String, List, SourceMetadata, List)}, with
     *  the import's warnings. */
    public static SourceDocument of(
            String path,
            SourceFormat format,
            String encoding,
            String sha256,
            byte[] raw,
            String text,
            List<Block> blocks,
            SourceMetadata metadata,
            List<Exclusion> excluded,
            List<ImportWarning> warnings) {
        List<Span> sentences = new SentenceSplitter().split(text, storyRegions(blocks, excluded));
        return new SourceDocument(
                path, format, encoding, sha256, raw, text, blocks, metadata, excluded, sentences, warnings);
    }

    /** The same document with another set of exclusions (an editor's override), sentences recomputed. */
    public SourceDocument withExcluded(List<Exclusion> newExcluded) {
        return of(path, format, encoding, sha256, raw, text, blocks, metadata, newExcluded, warnings);
    }

    /** The parts of the blocks that take part in comparison. */
    public List<Span> storyRegions() {
        return storyRegions(blocks, excluded);
    }

    /** Blocks minus exclusions, in one pass over both (blocks are ascending, exclusions sorted here). */
    private static List<Span> storyRegions(List<Block> blocks, List<Exclusion> excluded) {
        List<Span> cuts = excluded.stream().map(Exclusion::span).sorted().toList();
        List<Span> regions = new ArrayList<>();
        int first = 0;
        for (Block b : blocks) {
            Span region = b.span();
            while (first < cuts.size() && cuts.get(first).end() <= region.start()) {
                first++;
            }
            int start = region.start();
            for (int k = first; k < cuts.size() && cuts.get(k).start() < region.end(); k++) {
                Span cut = cuts.get(k);
                if (cut.start() > start) {
                    regions.add(new Span(start, cut.start()));
                }
                start = Math.max(start, cut.end());
            }
            if (start < region.end()) {
                regions.add(new Span(start, region.end()));
            }
        }
        return regions;
    }
}
