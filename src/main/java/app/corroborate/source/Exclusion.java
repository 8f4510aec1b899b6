package app.corroborate.source;

import app.corroborate.text.Span;

/** A span of extracted text that is page furniture, with the reason it was excluded from the story. */
public record Exclusion(Span span, FurnitureReason reason) implements java.io.Serializable {}
