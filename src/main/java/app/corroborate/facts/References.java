package app.corroborate.facts;

import app.corroborate.text.NumberPhrase;
import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokens;
import java.util.Set;

/**
 * Numbers that refer to a provision, a charge or a party of a document ("section 102", "count 6", "accused 1, 2 and
 * 3") rather than count anything.
 *
 * <p>Guarantees: reads only the tokens right before the number, back over a short list of numbers joined by commas,
 * "and" or "or", to its label.
 */
public final class References {

    private References() {}

    /**
     * Words after which a number names a provision, a charge or a party of a document rather than counting
     * anything: "section 57(1)", "Act 60 of 2000", "count 6", "accused 3", "paragraph 12", "case no 4".
     */
    private static final Set<String> REFERENCES = Set.of(
            "section",
            "sections",
            "subsection",
            "article",
            "articles",
            "clause",
            "clauses",
            "rule",
            "chapter",
            "paragraph",
            "paragraphs",
            "para",
            "regulation",
            "regulations",
            "schedule",
            "count",
            "counts",
            "accused",
            "act",
            "item",
            "annex",
            "annexure",
            "exhibit",
            "no",
            "number");

    /**
     * The number refers to a provision, charge or party of a document ("section 102", "count 6", "accused 1, 2
     * and 3"): a reference, not a figure a source could get wrong about the event.
     */
    public static boolean of(DocumentAnalysis doc, NumberPhrase p) {
        Tokens t = doc.tokens();
        int k = t.firstStartingAtOrAfter(p.span().start()) - 1;
        while (k >= 0 && t.kind(k) == TokenKind.PUNCT && doc.form(k).equals("(")) k--;
        for (int hops = 0; k >= 0 && hops < REFERENCE_LIST; hops++) {
            String f = doc.form(k);
            if (REFERENCES.contains(f)) {
                return true;
            }
            if (t.kind(k) == TokenKind.NUMBER || f.equals("and") || f.equals(",") || f.equals("or")) {
                k--;
                continue;
            }
            return false;
        }
        return false;
    }

    /** Tokens a list of references may run back over to its label ("accused 1, 2 and 3"). */
    private static final int REFERENCE_LIST = 6;
}
