package app.corroborate.facts;

import app.corroborate.text.NameFinder;
import app.corroborate.text.NumberPhrase;
import app.corroborate.text.Quotations;
import app.corroborate.text.Span;
import java.util.List;

/**
 * What one story sentence states: its figures, quotations, names and attribution.
 *
 * @param tokenFrom   first token of the sentence in the document's tokens
 * @param tokenTo     one past its last token
 * @param headline    true for a short line without a final stop (a headline or subhead): it states no claim
 * @param attribution null when the sentence attributes nothing
 */
public record SentenceInfo(
        int index,
        Span span,
        int tokenFrom,
        int tokenTo,
        List<NumberPhrase> numbers,
        List<Quotations.Quotation> quotations,
        List<NameFinder.Name> names,
        Attribution attribution,
        boolean headline) {}
