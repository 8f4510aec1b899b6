package app.corroborate.store;

import app.corroborate.text.Span;

/** The editor's decision on a passage: page furniture included again in the story, or story text excluded. */
public record FurnitureOverride(String sourceId, Span span, boolean excluded, String reason) {}
