package app.corroborate.ui.compare;

import app.corroborate.align.Relation;
import app.corroborate.text.Span;

/**
 * One difference of a compared pair, as F7 walks them: a word edit inside an aligned sentence, or a sentence
 * only one side has. Both spans are set: the side that lacks the text gets the empty span where it would be.
 */
public record Difference(Relation relation, Span base, Span other) {}
