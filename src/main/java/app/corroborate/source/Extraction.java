package app.corroborate.source;

import java.util.List;

/**
 * The visible text of a document, its blocks in text order, the metadata its markup declares, what the editor
 * should know about how it was read (for a feed: which of its items was taken), and the metadata its container
 * gives, used only where neither the markup nor the text says (an e-mail's sender and date).
 */
public record Extraction(
        String text, List<Block> blocks, SourceMetadata metadata, List<ImportWarning> notes, SourceMetadata fallback) {

    public Extraction(String text, List<Block> blocks, SourceMetadata metadata) {
        this(text, blocks, metadata, List.of());
    }

    public Extraction(String text, List<Block> blocks, SourceMetadata metadata, List<ImportWarning> notes) {
        this(text, blocks, metadata, notes, SourceMetadata.EMPTY);
    }

    public Extraction {
        notes = List.copyOf(notes);
    }
}
