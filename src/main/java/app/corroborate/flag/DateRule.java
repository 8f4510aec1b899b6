package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DateMentions;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dates, weekdays, years and clock times that differ or conflict between a base sentence and its rewrite ("completed in 2006"
 * became "2008"; "on Friday" became "on Saturday"). A weekday and a date are compared through the calendar, so
 * "Jan. 31" against "Saturday" is consistent when January 31 of the story's year was a Saturday.
 */
public final class DateRule implements FlagRule {

    @Override
    public List<Finding> apply(Comparison c) {
        List<Finding> out = new ArrayList<>();
        int year = storyYear(c);
        for (AlignedPair p : c.paired()) {
            List<DateMentions.Mention> base = DateMentions.in(c.base(), c.base().sentence(p.baseIndex()));
            List<DateMentions.Mention> variant =
                    DateMentions.in(c.version(), c.version().sentence(p.otherIndex()));
            for (DateMentions.Mention v : variant) {
                DateMentions.Mention conflict = conflict(c, v, substituted(p, v, base), year);
                if (conflict != null) {
                    out.add(new Finding(
                            FlagKind.DATE,
                            Severity.HIGH,
                            conflict.span(),
                            v.span(),
                            "'" + c.baseText(conflict.span()) + "' became '" + c.versionText(v.span()) + "': "
                                    + reason(conflict, v, year) + "."));
                }
            }
        }
        out.addAll(datesElsewhere(c, out, year));
        for (Finding f : RelativeDays.findings(c)) {
            if (out.stream()
                    .noneMatch(o -> o.variantSpan() != null && o.variantSpan().overlaps(f.variantSpan()))) {
                out.add(f);
            }
        }
        out.addAll(YearSpans.changed(c, out));
        out.addAll(Decades.changed(c));
        return out;
    }

    /**
     * Words either side of a date that say what happened then ("spotted by a pilot on Friday afternoon"): two
     * mentions with {@value #SHARED_CONTEXT} such words in common date the same event.
     */
    static final int CONTEXT = 6;
    /** Content words two mentions' surroundings must share to date one event (a pilot, the afternoon). */
    static final int SHARED_CONTEXT = 2;

    /**
     * Dates of the version in a sentence the alignment did not pair with the base's mention of the same event
     * (reordered, merged into another, clauses swapped): compared with a base mention whose surrounding words
     * match and that the version nowhere restates (a date added beside the base's replaces nothing), unless the
     * base gives the version's date somewhere.
     */
    private static List<Finding> datesElsewhere(Comparison c, List<Finding> found, int year) {
        java.util.Set<app.corroborate.text.Span> used = new java.util.HashSet<>();
        found.forEach(f -> used.add(f.variantSpan()));
        List<DateMentions.Mention> base = new ArrayList<>();
        java.util.Map<String, List<Integer>> byWord = new java.util.HashMap<>();
        java.util.Set<String> baseKeys = new java.util.HashSet<>();
        for (SentenceInfo b : c.base().sentences()) {
            for (DateMentions.Mention m : DateMentions.in(c.base(), b)) {
                for (String w : context(c.base(), b, m)) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(base.size());
                }
                baseKeys.addAll(keys(m, true));
                base.add(m);
            }
        }
        java.util.Set<String> versionKeys = new java.util.HashSet<>();
        c.version().sentences().forEach(s -> DateMentions.in(c.version(), s)
                .forEach(v -> versionKeys.addAll(keys(v, false))));
        List<Finding> out = new ArrayList<>();
        for (SentenceInfo s : c.version().sentences()) {
            for (DateMentions.Mention v : DateMentions.in(c.version(), s)) {
                if (used.contains(v.span()) || keys(v, false).stream().anyMatch(baseKeys::contains)) {
                    continue;
                }
                java.util.Map<Integer, Integer> shared = new java.util.TreeMap<>();
                for (String w : context(c.version(), s, v)) {
                    byWord.getOrDefault(w, List.of()).forEach(i -> shared.merge(i, 1, Integer::sum));
                }
                for (var e : shared.entrySet()) {
                    DateMentions.Mention b = base.get(e.getKey());
                    boolean restated = keys(b, true).stream().anyMatch(versionKeys::contains);
                    DateMentions.Mention conflict =
                            e.getValue() >= SHARED_CONTEXT && !restated ? conflict(c, v, List.of(b), year) : null;
                    if (conflict != null) {
                        out.add(new Finding(
                                FlagKind.DATE,
                                Severity.HIGH,
                                conflict.span(),
                                v.span(),
                                "'" + c.baseText(conflict.span()) + "' became '" + c.versionText(v.span()) + "': "
                                        + reason(conflict, v, year) + "."));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Keys under which two mentions say the same: a base mention gives its weekday, day, time and year; a version
     * mention only what it states itself (a year alone matches any base mention of that year).
     */
    private static List<String> keys(DateMentions.Mention m, boolean baseSide) {
        List<String> out = new ArrayList<>();
        if (m.weekday() != null) {
            out.add("w" + m.weekday());
        }
        if (m.isDay()) {
            out.add("d" + m.month() + "-" + m.day());
        }
        if (m.isTime()) {
            out.add("t" + m.minutes());
        }
        if (baseSide ? m.year() > 0 : m.isYear()) {
            out.add("y" + m.year());
        }
        return out;
    }

    /** The content-word stems near a mention, in its sentence. */
    static java.util.Set<String> context(DocumentAnalysis doc, SentenceInfo s, DateMentions.Mention m) {
        int[] r = doc.tokenRange(m.span());
        app.corroborate.text.Span near = new app.corroborate.text.Span(
                doc.tokens().start(Math.max(s.tokenFrom(), r[0] - CONTEXT)),
                doc.tokens()
                        .end(Math.max(
                                Math.max(s.tokenFrom(), r[0] - CONTEXT), Math.min(s.tokenTo(), r[1] + CONTEXT) - 1)));
        java.util.Set<String> out = new java.util.HashSet<>(ContentWords.of(doc, near));
        out.removeAll(ContentWords.of(doc, m.span()));
        return out;
    }

    /** The base mentions that an edit of the pair replaced with words that include {@code v}. */
    private static List<DateMentions.Mention> substituted(
            AlignedPair p, DateMentions.Mention v, List<DateMentions.Mention> base) {
        List<DateMentions.Mention> out = new ArrayList<>();
        for (var e : p.edits()) {
            if (e.other().overlaps(v.span())) {
                base.stream().filter(b -> e.base().overlaps(b.span())).forEach(out::add);
            }
        }
        return out;
    }

    /** The base mention that {@code v} contradicts, or null when none does. */
    private static DateMentions.Mention conflict(
            Comparison c, DateMentions.Mention v, List<DateMentions.Mention> base, int year) {
        for (DateMentions.Mention b : base) {
            if (v.isTime() && b.isTime() && v.minutes() != b.minutes() && !rounded(c, b, v)) {
                return b;
            }
            if (v.year() > 0
                    && b.year() > 0
                    && v.year() != b.year()
                    && base.stream().noneMatch(x -> x.year() == v.year())) {
                return b;
            }
            if (v.isWeekday()
                    && b.isWeekday()
                    && b.weekday() != v.weekday()
                    && base.stream().noneMatch(x -> x.weekday() == v.weekday())) {
                return b;
            }
            // a month named alone ("in August") agrees with any day of it ("August 10"): less precise, not other
            if (v.isDay()
                    && b.isDay()
                    && (v.month() != b.month() || v.day() != b.day() && v.day() > 0 && b.day() > 0)) {
                return b;
            }
            if (v.isDay()
                    && b.isWeekday()
                    && v.weekdayOf(year) != null
                    && v.weekdayOf(year) != b.weekday()
                    && !filed(c.version(), v)) {
                return b;
            }
            if (v.isWeekday()
                    && b.isDay()
                    && b.weekdayOf(year) != null
                    && b.weekdayOf(year) != v.weekday()
                    && !filed(c.base(), b)) {
                return b;
            }
        }
        return null;
    }

    /**
     * The date stands in the dateline ("APIA, Samoa, 11 March 2026 (PWS) -"): the day the story was filed, which a
     * weekday of the events ("on Tuesday afternoon") need not fall on.
     */
    private static boolean filed(DocumentAnalysis doc, DateMentions.Mention m) {
        app.corroborate.text.Span dateline = app.corroborate.facts.Dateline.span(doc);
        return dateline != null && dateline.contains(m.span());
    }

    /**
     * How far a time given as approximate and round ("around 5 p.m.", "about 9.30 am") may lie from a precise one
     * ("5:10 p.m.") and still be the same time rounded: half of the quarter-hour steps outlets round to on either
     * side of the round time would be 7.5 minutes; a quarter-hour either way (the nearest half-hour rounds any time
     * within it) keeps "around 5 p.m." for 5:10 and flags "around 5 p.m." for 5:20.
     */
    static final int ROUNDING_MINUTES = 15;

    /** One of the two times is approximate and round, and the other lies within its rounding. */
    private static boolean rounded(Comparison c, DateMentions.Mention b, DateMentions.Mention v) {
        int apart = Math.abs(b.minutes() - v.minutes());
        return apart <= ROUNDING_MINUTES
                && (b.minutes() % 30 == 0 && DateMentions.approximate(c.base(), b)
                        || v.minutes() % 30 == 0 && DateMentions.approximate(c.version(), v));
    }

    private static String reason(DateMentions.Mention b, DateMentions.Mention v, int year) {
        if (b.isTime() && v.isTime()) {
            return "the time changed";
        }
        if (b.year() > 0 && v.year() > 0 && b.year() != v.year()) {
            return "the year changed";
        }
        if (b.isDay() && v.isDay() && b.month() != v.month()) {
            return "the month changed";
        }
        DateMentions.Mention day = v.isDay() ? v : b.isDay() ? b : null;
        DayOfWeek w = day == null ? null : day.weekdayOf(year);
        if (w != null && (b.isWeekday() || v.isWeekday())) {
            return "that date was a " + w.name().charAt(0)
                    + w.name().substring(1).toLowerCase(Locale.ROOT) + ", so the two do not agree";
        }
        return "the date changed";
    }

    /**
     * The year the story is set in: the publication year of the base, else of the version, else of any other source
     * of the case (a wire text with no date of its own is dated by the pages that ran it), else the first year the
     * base's text gives, else the version's, else 0.
     */
    private static int storyYear(Comparison c) {
        List<DocumentAnalysis> sources = new ArrayList<>(List.of(c.base(), c.version()));
        sources.addAll(c.fellows());
        sources.addAll(c.independent());
        for (DocumentAnalysis d : sources) {
            String published = d.document().metadata().published();
            if (published != null && published.matches("\\d{4}-.*")) {
                return Integer.parseInt(published.substring(0, 4));
            }
        }
        int year = c.base().firstYear();
        return year > 0 ? year : c.version().firstYear();
    }
}
