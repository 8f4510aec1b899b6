package app.corroborate.ui.find;

import app.corroborate.text.Span;

/** One place where the searched words occur: the source, the span in its text and a line of context. */
public record Hit(int source, String sourceLabel, Span span, String context, int colour) {}
