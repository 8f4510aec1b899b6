package app.corroborate.source;

import java.util.List;

/** The visible text of a document, its blocks in text order, and the metadata its markup declares. */
public record Extraction(String text, List<Block> blocks, SourceMetadata metadata) {}
