package app.corroborate.eval;

import app.corroborate.flag.Flag;
import app.corroborate.source.SourceDocument;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores flags against an answer key. A keyed factual entry is found when a factual flag on its version covers
 * it (the flag's variant span overlaps the entry's variant text, or for a drop its base span overlaps the base
 * text); its kind is right when one such flag has the entry's kind. Precision counts every factual flag that
 * covers no keyed factual entry as a false positive, including flags on keyed neutral rewording.
 */
public final class Evaluation {

    /** Figures for one kind (or "all"). */
    public record Score(int entries, int found, int rightKind, int flags, int falsePositives) {

        public double recall() {
            return entries == 0 ? 1 : (double) found / entries;
        }

        public double kindAccuracy() {
            return entries == 0 ? 1 : (double) rightKind / entries;
        }

        public double precision() {
            return flags == 0 ? 1 : (double) (flags - falsePositives) / flags;
        }

        Score plus(Score o) {
            return new Score(
                    entries + o.entries,
                    found + o.found,
                    rightKind + o.rightKind,
                    flags + o.flags,
                    falsePositives + o.falsePositives);
        }
    }

    /** Result: per-kind scores, the total, and the entries missed and flags unmatched, for reading. */
    public record Result(Map<String, Score> byKind, Score total, List<String> missed, List<String> unmatched) {}

    public Result score(AnswerKey key, Map<String, SourceDocument> docs, List<Flag> flags) {
        SourceDocument base = docs.get(key.base());
        Map<String, Score> byKind = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        Map<Flag, Boolean> matched = new LinkedHashMap<>();
        flags.stream().filter(f -> f.kind().factual()).forEach(f -> matched.put(f, false));
        for (AnswerKey.Entry e : key.entries()) {
            if (!e.factual()) {
                continue;
            }
            SourceDocument doc = docs.get(e.version());
            List<Flag> covering = matched.keySet().stream()
                    .filter(f -> f.source().equals(doc.path()) && covers(f, e, base, doc))
                    .toList();
            covering.forEach(f -> matched.put(f, true));
            boolean right = covering.stream().anyMatch(f -> f.kind().id().equals(e.kind()));
            byKind.merge(e.kind(), new Score(1, covering.isEmpty() ? 0 : 1, right ? 1 : 0, 0, 0), Score::plus);
            if (!right) {
                missed.add(e.id() + " " + e.kind()
                        + (covering.isEmpty()
                                ? " not found"
                                : " found as "
                                        + covering.stream()
                                                .map(f -> f.kind().id())
                                                .distinct()
                                                .toList()));
            }
        }
        List<String> unmatched = new ArrayList<>();
        matched.forEach((f, hit) -> {
            byKind.merge(f.kind().id(), new Score(0, 0, 0, 1, hit ? 0 : 1), Score::plus);
            if (!hit) {
                unmatched.add(f.kind().id() + " in " + f.source() + ": " + f.explanation());
            }
        });
        Score total = byKind.values().stream().reduce(new Score(0, 0, 0, 0, 0), Score::plus);
        return new Result(byKind, total, missed, unmatched);
    }

    private static boolean covers(Flag f, AnswerKey.Entry e, SourceDocument base, SourceDocument doc) {
        if (e.variantText() != null) {
            Span s = find(doc, e.variantText());
            return f.variantSpan() != null && s != null && f.variantSpan().overlaps(s);
        }
        Span s = find(base, e.baseText());
        return f.baseSpan() != null && s != null && f.baseSpan().overlaps(s);
    }

    /**
     * Where a key's text stands in a source's text: as it is, or with its line breaks and runs of spaces joined
     * differently (a key quotes the file as saved, hard wraps and all; the source's text has its wrapped lines
     * run on).
     */
    static Span find(SourceDocument doc, String text) {
        int at = doc.text().indexOf(text);
        if (at >= 0) {
            return new Span(at, at + text.length());
        }
        String[] words = text.strip().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        StringBuilder pattern = new StringBuilder();
        for (String w : words) {
            pattern.append(pattern.length() == 0 ? "" : "\\s+").append(java.util.regex.Pattern.quote(w));
        }
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile(pattern.toString()).matcher(doc.text());
        return m.find() ? new Span(m.start(), m.end()) : null;
    }
}
