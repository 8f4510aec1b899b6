package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.DateMentions;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.PublishedDay;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Span;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A day a version names relative to its page's date ("yesterday", "today", "tomorrow") where the base names the
 * day ("on Sunday", "on June 7"): on a page dated Sunday 7 June, "the regulator said yesterday" moves the
 * statement to Saturday. Compared through the calendar, so a page dated the day after that says "yesterday" for
 * the base's Sunday agrees with it.
 *
 * A week or a month named relative to the page ("next week", "this month") is compared the same way, against the
 * base's page date or its dateline's date.
 *
 * <p>Guarantees: only in aligned sentences, only when the version's page gives its day (see {@link PublishedDay})
 * and the base sentence names exactly one weekday or date, or an edit of the pair replaced that one with the
 * relative word; a base date without its day of the month ("in June") is never contradicted.
 */
final class RelativeDays {

    private static final Map<String, Integer> OFFSETS =
            Map.of("yesterday", -1, "today", 0, "tonight", 0, "tomorrow", 1);

    private RelativeDays() {}

    static List<Finding> findings(Comparison c) {
        Optional<LocalDate> published = PublishedDay.of(c.version());
        if (published.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(weeks(c, published.get()));
        DocumentAnalysis v = c.version();
        for (AlignedPair p : c.paired()) {
            SentenceInfo vs = v.sentence(p.otherIndex());
            List<DateMentions.Mention> base = DateMentions.in(c.base(), c.base().sentence(p.baseIndex()));
            for (int i = vs.tokenFrom(); i < vs.tokenTo(); i++) {
                Integer offset = OFFSETS.get(v.form(i));
                if (offset == null) {
                    continue;
                }
                DateMentions.Mention b = named(p, v.tokens().span(i), base);
                LocalDate day = published.get().plusDays(offset);
                if (b != null && contradicts(b, day)) {
                    out.add(new Finding(
                            FlagKind.DATE,
                            Severity.HIGH,
                            b.span(),
                            v.tokens().span(i),
                            "'" + c.baseText(b.span()) + "' became '" + v.form(i) + "': this page is dated "
                                    + spoken(published.get()) + ", so '" + v.form(i) + "' is " + spoken(day) + "."));
                }
            }
        }
        return out;
    }

    /** "this week", "next week", "last week" (and months): the offset from the page's own week or month. */
    private static final Map<String, Integer> WHICH = Map.of("last", -1, "this", 0, "next", 1);

    /**
     * A week or a month named relative to the page's date that moved: "sessions next week" in a base dated 16 June
     * became "sessions this week" on a page of the same day. The base's day is its page's date, or failing that the
     * date of its dateline; nothing is compared when either is unknown.
     */
    private static List<Finding> weeks(Comparison c, LocalDate versionDay) {
        LocalDate baseDay = baseDay(c);
        if (baseDay == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (AlignedPair p : c.paired()) {
            Relative b = relative(c.base(), c.base().sentence(p.baseIndex()));
            Relative v = relative(c.version(), c.version().sentence(p.otherIndex()));
            if (b == null || v == null || !b.unit().equals(v.unit())) {
                continue;
            }
            if (!b.start(baseDay).equals(v.start(versionDay))) {
                out.add(new Finding(
                        FlagKind.DATE,
                        Severity.HIGH,
                        b.span(),
                        v.span(),
                        "'" + c.baseText(b.span()) + "' became '" + c.versionText(v.span()) + "': the base is dated "
                                + spoken(baseDay) + " and this page " + spoken(versionDay) + ", so they name another "
                                + b.unit() + "."));
            }
        }
        return out;
    }

    /** A week or month named relative to the page's date, and where. */
    private record Relative(Span span, int offset, String unit) {

        LocalDate start(LocalDate day) {
            return unit.equals("week")
                    ? day.with(java.time.DayOfWeek.MONDAY).plusWeeks(offset)
                    : day.withDayOfMonth(1).plusMonths(offset);
        }
    }

    /** The sentence's one "this/next/last week|month", or null when it has none or more than one. */
    private static Relative relative(DocumentAnalysis doc, SentenceInfo s) {
        Relative found = null;
        for (int i = s.tokenFrom(); i + 1 < s.tokenTo(); i++) {
            Integer offset = WHICH.get(doc.form(i));
            String unit = doc.form(i + 1);
            if (offset != null && (unit.equals("week") || unit.equals("month"))) {
                if (found != null) {
                    return null;
                }
                found = new Relative(
                        new Span(doc.tokens().start(i), doc.tokens().end(i + 1)), offset, unit);
            }
        }
        return found;
    }

    /** The base's page date, or the date of its dateline ("SUVA, June 16, 2026 (FNA)"), or null. */
    private static LocalDate baseDay(Comparison c) {
        Optional<LocalDate> page = PublishedDay.of(c.base());
        if (page.isPresent()) {
            return page.get();
        }
        Span dateline = app.corroborate.facts.Dateline.span(c.base());
        return dateline == null ? null : PublishedDay.parse(c.baseText(dateline));
    }

    /** The base's one weekday or date in the sentence, or the one an edit replaced with the relative word. */
    private static DateMentions.Mention named(AlignedPair p, Span relative, List<DateMentions.Mention> base) {
        List<DateMentions.Mention> days = base.stream()
                .filter(m -> m.isWeekday() || m.isDay() && m.day() > 0)
                .toList();
        for (var e : p.edits()) {
            if (e.other().overlaps(relative)) {
                for (DateMentions.Mention m : days) {
                    if (e.base().overlaps(m.span())) {
                        return m;
                    }
                }
            }
        }
        return days.size() == 1 ? days.get(0) : null;
    }

    private static boolean contradicts(DateMentions.Mention b, LocalDate day) {
        if (b.isDay() && b.day() > 0) {
            return b.month() != day.getMonthValue() || b.day() != day.getDayOfMonth();
        }
        return b.isWeekday() && b.weekday() != day.getDayOfWeek();
    }

    private static String spoken(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
