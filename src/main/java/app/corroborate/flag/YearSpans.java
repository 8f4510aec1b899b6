package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.DateMentions;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year span whose one end changed ("governed from 2017 to 2022" retold as "governed from 2013 to 2022"), wherever
 * the two sentences stand: the spans share the other end and a word of what they date, and neither document gives
 * the other's span. Each year of a span is also a date mention on its own, which a base that gives the new year for
 * another event would answer; read as a span, the change shows.
 *
 * <p>Guarantees: only two years joined by one linking word ("to", "and", "until", a dash) make a span; each
 * changed end is reported once. Linear in the two documents: base spans are looked up by their ends.
 */
final class YearSpans {

    /** Words that join the two years of a span ("from 2017 to 2022", "between 2018 and 2020", "2017-2022"). */
    private static final Set<String> LINKS = Set.of("to", "and", "until", "till", "through", "-", "\u2013", "\u2014");

    private record YearSpan(DateMentions.Mention from, DateMentions.Mention to, Set<String> context) {

        String key() {
            return from.year() + "-" + to.year();
        }
    }

    private YearSpans() {}

    static List<Finding> changed(Comparison c, List<Finding> found) {
        Set<Span> used = new HashSet<>();
        found.forEach(f -> used.add(f.variantSpan()));
        List<YearSpan> base = spans(c.base());
        List<YearSpan> version = spans(c.version());
        Set<String> baseKeys = new HashSet<>();
        Set<String> versionKeys = new HashSet<>();
        Map<String, List<YearSpan>> byEnd = new HashMap<>();
        for (YearSpan b : base) {
            baseKeys.add(b.key());
            byEnd.computeIfAbsent("from" + b.from().year(), k -> new ArrayList<>())
                    .add(b);
            byEnd.computeIfAbsent("to" + b.to().year(), k -> new ArrayList<>()).add(b);
        }
        version.forEach(v -> versionKeys.add(v.key()));
        List<Finding> out = new ArrayList<>();
        for (YearSpan v : version) {
            if (baseKeys.contains(v.key())) {
                continue;
            }
            List<YearSpan> candidates =
                    new ArrayList<>(byEnd.getOrDefault("from" + v.from().year(), List.of()));
            candidates.addAll(byEnd.getOrDefault("to" + v.to().year(), List.of()));
            for (YearSpan b : candidates) {
                if (!versionKeys.contains(b.key()) && b.context().stream().anyMatch(v.context()::contains)) {
                    boolean startChanged = b.from().year() != v.from().year();
                    DateMentions.Mention was = startChanged ? b.from() : b.to();
                    DateMentions.Mention now = startChanged ? v.from() : v.to();
                    if (!used.contains(now.span())) {
                        used.add(now.span());
                        out.add(new Finding(
                                FlagKind.DATE,
                                Severity.HIGH,
                                was.span(),
                                now.span(),
                                "'"
                                        + c.baseText(new Span(
                                                b.from().span().start(),
                                                b.to().span().end()))
                                        + "' became '"
                                        + c.versionText(new Span(
                                                v.from().span().start(),
                                                v.to().span().end()))
                                        + "': the year the span " + (startChanged ? "starts" : "ends")
                                        + " changed."));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The year spans of a document's story sentences, with the words around each. */
    private static List<YearSpan> spans(DocumentAnalysis doc) {
        List<YearSpan> out = new ArrayList<>();
        for (SentenceInfo s : doc.sentences()) {
            if (s.headline()) {
                continue;
            }
            List<DateMentions.Mention> mentions = DateMentions.in(doc, s);
            for (int k = 0; k + 1 < mentions.size(); k++) {
                DateMentions.Mention a = mentions.get(k);
                DateMentions.Mention b = mentions.get(k + 1);
                if (a.isYear() && b.isYear() && a.year() < b.year() && linked(doc, a, b)) {
                    Set<String> context = new HashSet<>(DateRule.context(doc, s, a));
                    context.addAll(DateRule.context(doc, s, b));
                    context.removeIf(w -> w.chars().anyMatch(Character::isDigit));
                    out.add(new YearSpan(a, b, context));
                }
            }
        }
        return out;
    }

    /** True if one linking word, and nothing else, stands between the two years. */
    private static boolean linked(DocumentAnalysis doc, DateMentions.Mention a, DateMentions.Mention b) {
        int[] from = doc.tokenRange(a.span());
        int[] to = doc.tokenRange(b.span());
        return to[0] == from[1] + 1 && LINKS.contains(doc.form(from[1]));
    }
}
