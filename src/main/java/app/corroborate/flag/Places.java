package app.corroborate.flag;

import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import java.util.Set;

/**
 * Names that stand where a place stands: after a preposition of place, alone or in a list of places ("in Xlendi
 * and Marsalforn", "sections of St Thomas, Portland, St Mary", "at Holyrood"). A rewrite that adds a place to a
 * sentence it otherwise shares with the base locates the event more closely; it adds no claim that needs a second
 * source the way a new person, body or figure does.
 *
 * <p>Guarantees: reads only the tokens before the name, back over at most {@value #LIST} listed names joined by
 * commas, "and" or "or", to the nearest word that is not a name.
 */
final class Places {

    private static final Set<String> OF_PLACE =
            Set.of("in", "at", "near", "across", "around", "outside", "inside", "throughout", "within");

    private static final Set<String> JOINS = Set.of(",", "and", "or", "&");

    /** Listed names a list of places may hold before the name read. */
    static final int LIST = 8;

    private Places() {}

    /** True if the name at {@code name} follows a preposition of place, directly or inside a list of names. */
    static boolean named(DocumentAnalysis doc, Span name) {
        int i = doc.tokenRange(name)[0] - 1;
        int listed = 0;
        while (i >= 0 && listed <= LIST) {
            String form = doc.form(i);
            if (OF_PLACE.contains(form)) {
                return true;
            }
            boolean capital = doc.tokens().kind(i) == TokenKind.WORD
                    && Character.isUpperCase(doc.text().charAt(doc.tokens().start(i)));
            if (!JOINS.contains(form) && !capital) {
                return false;
            }
            listed += capital ? 1 : 0;
            i--;
        }
        return false;
    }
}
