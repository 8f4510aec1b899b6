package app.corroborate.ui.compare;

import app.corroborate.text.Span;

/**
 * A request to bring a place into view in both panes and select it there: a flag or a difference. Null spans
 * leave that pane's selection empty and scroll it to face the other. {@code serial} makes each request distinct,
 * so asking twice for the same place reveals it twice.
 */
public record Reveal(Span base, Span other, long serial) {}
