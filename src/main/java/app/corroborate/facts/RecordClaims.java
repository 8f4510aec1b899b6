package app.corroborate.facts;

import app.corroborate.text.Span;
import app.corroborate.text.Stemmer;
import app.corroborate.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Record claims: a superlative with what it qualifies and a scope in time ("the deadliest day for militants in
 * decades", "the highest level since 1998", "the worst accident on record"). Check-worthy wherever they stand.
 *
 * <p>Guarantees: a record claim is keyed by the stems of the superlative and the word after it, so "deadliest
 * day" and "deadliest flare-ups" are different records; without a scope word in the sentence nothing is read.
 */
public final class RecordClaims {

    private static final Set<String> IRREGULAR = Set.of("worst", "best", "most", "least");
    private static final Set<String> SCOPE = Set.of(
            "decades",
            "decade",
            "years",
            "century",
            "centuries",
            "generation",
            "generations",
            "history",
            "ever",
            "record",
            "records",
            "since",
            "memory",
            "modern");
    private static final Set<String> NOT_SUPERLATIVE = Set.of(
            "interest",
            "forest",
            "protest",
            "request",
            "suggest",
            "arrest",
            "contest",
            "honest",
            "modest",
            "west",
            "rest",
            "test",
            "latest",
            "earnest",
            "invest",
            "digest",
            "harvest",
            "conquest",
            "manifest",
            "guest",
            "nest",
            "chest",
            "quest",
            "pest",
            "vest",
            "crest",
            "priest",
            "inquest",
            "unrest",
            "behest");

    /** One record claim: where it is and its key. */
    public record Record(Span span, String key) {}

    private RecordClaims() {}

    public static List<Record> in(DocumentAnalysis doc, SentenceInfo s) {
        List<Record> out = new ArrayList<>();
        if (!hasScope(doc, s)) {
            return out;
        }
        for (int i = s.tokenFrom(); i + 1 < s.tokenTo(); i++) {
            String f = doc.form(i);
            if (doc.tokens().kind(i) != TokenKind.WORD || !superlative(f)) {
                continue;
            }
            int head = i + 1;
            if (IRREGULAR.contains(f) && (f.equals("most") || f.equals("least")) && head + 1 < s.tokenTo()) {
                head++;
            }
            if (doc.tokens().kind(head) == TokenKind.WORD) {
                out.add(new Record(
                        new Span(doc.tokens().start(i), doc.tokens().end(head)),
                        Stemmer.stem(doc.form(head - (head > i + 1 ? 1 : 0))) + " " + Stemmer.stem(doc.form(head))));
            }
        }
        return out;
    }

    /** True if another source states the same record (same superlative and what it qualifies). */
    public static boolean statedBy(DocumentAnalysis doc, String key) {
        java.util.Set<String> keys = doc.memo(Record.class, d -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (SentenceInfo s : d.sentences()) {
                in(d, s).forEach(r -> out.add(r.key()));
            }
            return out;
        });
        return keys.contains(key);
    }

    private static boolean superlative(String f) {
        return IRREGULAR.contains(f) || f.length() >= 6 && f.endsWith("est") && !NOT_SUPERLATIVE.contains(f);
    }

    private static boolean hasScope(DocumentAnalysis doc, SentenceInfo s) {
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            if (SCOPE.contains(doc.form(i))) {
                return true;
            }
        }
        return false;
    }
}
