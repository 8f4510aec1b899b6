package app.corroborate.facts;

import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokens;
import app.corroborate.text.WordLists;
import java.util.LinkedHashSet;
import java.util.Set;

/** The content words (stems of words and figures, function words left out) of a span of a document. */
public final class ContentWords {

    /** The function words (see {@link WordLists#FUNCTION_WORDS}). */
    public static final Set<String> FUNCTION = WordLists.FUNCTION_WORDS;

    private ContentWords() {}

    /** The content words of a span, computed once per span and document. */
    public static Set<String> of(DocumentAnalysis doc, Span span) {
        return doc.contentWords(span);
    }

    static Set<String> compute(DocumentAnalysis doc, Span span) {
        Tokens t = doc.tokens();
        int[] range = doc.tokenRange(span);
        Set<String> out = new LinkedHashSet<>();
        for (int i = range[0]; i < range[1]; i++) {
            if (t.kind(i) != TokenKind.PUNCT) {
                if (!FUNCTION.contains(doc.form(i))) {
                    out.add(doc.stem(i));
                }
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Share of {@code part} found in {@code whole}; 0 for an empty part. */
    public static double covered(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String w : part) {
            if (whole.contains(w)) {
                found++;
            }
        }
        return (double) found / part.size();
    }

    /** Jaccard overlap of two sets. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
