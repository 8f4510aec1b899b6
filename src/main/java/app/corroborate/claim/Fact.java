package app.corroborate.claim;

import app.corroborate.text.NumberPhrase;
import app.corroborate.text.Quotations;
import app.corroborate.text.Span;

/**
 * A check-worthy fact stated in one sentence of one source.
 *
 * @param figure the figure of a {@link ClaimKind#FIGURE} fact, else null
 * @param quote  the quotation of a {@link ClaimKind#QUOTE} fact, else null
 */
record Fact(ClaimKind kind, int source, int sentence, Span span, NumberPhrase figure, Quotations.Quotation quote) {}
