package app.corroborate.source;

import java.util.List;

/**
 * The visible text of a document, its blocks in text order, the metadata its markup declares, and what the
 * editor should know about how it was read (for a feed: which of its items was taken).
 */
public record Extraction(String text, List<Block> blocks, SourceMetadata metadata, List<ImportWarning> notes) {

    public Extraction(String text, List<Block> blocks, SourceMetadata metadata) {
        this(text, blocks, metadata, List.of());
    }

    public Extraction {
        notes = List.copyOf(notes);
    }
}
