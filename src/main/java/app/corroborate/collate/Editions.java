package app.corroborate.collate;

import app.corroborate.facts.Counts;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.SentenceInfo;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a copy of the base's wire text is an earlier edition of it: one that counts what happened (the dead, the
 * injured, the missing, the rescued ...) with figures the base has since replaced. An editor expects such an
 * edition to carry the earlier toll and to lack the paragraphs the wire added later.
 *
 * <p>Guarantees: only a copy of the base can be an edition; it is one when, for some concept the base counts, none of
 * the copy's figures for it is one of the base's and the lowest is below the base's lowest: a toll rises as it is updated, so a later edition (a
 * higher toll) is not taken for an earlier one. Counts of who (workers) say nothing of time and are left out.
 * Linear in the two documents' figures.
 */
final class Editions {

    private Editions() {}

    static boolean earlier(DocumentAnalysis base, DocumentAnalysis copy) {
        Map<String, Set<Double>> was = counts(base);
        Map<String, Set<Double>> now = counts(copy);
        for (var e : now.entrySet()) {
            Set<Double> before = was.get(e.getKey());
            if (before != null
                    && e.getValue().stream().noneMatch(before::contains)
                    && Collections.min(e.getValue()) < Collections.min(before)) {
                return true;
            }
        }
        return false;
    }

    /** The values each concept is counted with in the story sentences of a document (exact figures only). */
    private static Map<String, Set<Double>> counts(DocumentAnalysis doc) {
        Map<String, Set<Double>> out = new HashMap<>();
        for (SentenceInfo s : doc.sentences()) {
            if (s.headline()) {
                continue;
            }
            for (var n : s.numbers()) {
                if (Figures.isDatePart(doc, n) || n.vague()) {
                    continue;
                }
                Figures.Figure f = Figures.of(doc, n);
                for (String concept : Counts.of(doc, f)) {
                    if (!Counts.who(concept)) {
                        out.computeIfAbsent(concept, k -> new HashSet<>()).add(n.low());
                    }
                }
            }
        }
        return out;
    }
}
