package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.DateMentions;
import app.corroborate.facts.DocumentAnalysis;
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
            List<DateMentions.Mention> variant = DateMentions.in(c.version(), c.version().sentence(p.otherIndex()));
            for (DateMentions.Mention v : variant) {
                DateMentions.Mention conflict = conflict(v, substituted(p, v, base), year);
                if (conflict != null) {
                    out.add(new Finding(FlagKind.DATE, Severity.HIGH, conflict.span(), v.span(),
                            "'" + c.baseText(conflict.span()) + "' became '" + c.versionText(v.span()) + "': "
                                    + reason(conflict, v, year) + "."));
                }
            }
        }
        return out;
    }

    /** The base mentions that an edit of the pair replaced with words that include {@code v}. */
    private static List<DateMentions.Mention> substituted(AlignedPair p, DateMentions.Mention v,
            List<DateMentions.Mention> base) {
        List<DateMentions.Mention> out = new ArrayList<>();
        for (var e : p.edits()) {
            if (e.other().overlaps(v.span())) {
                base.stream().filter(b -> e.base().overlaps(b.span())).forEach(out::add);
            }
        }
        return out;
    }

    /** The base mention that {@code v} contradicts, or null when none does. */
    private static DateMentions.Mention conflict(DateMentions.Mention v, List<DateMentions.Mention> base, int year) {
        for (DateMentions.Mention b : base) {
            if (v.isTime() && b.isTime() && v.minutes() != b.minutes()) {
                return b;
            }
            if (v.year() > 0 && b.year() > 0 && v.year() != b.year()
                    && base.stream().noneMatch(x -> x.year() == v.year())) {
                return b;
            }
            if (v.isWeekday() && b.isWeekday() && b.weekday() != v.weekday()
                    && base.stream().noneMatch(x -> x.weekday() == v.weekday())) {
                return b;
            }
            if (v.isDay() && b.isDay() && (v.month() != b.month() || v.day() != b.day())) {
                return b;
            }
            if (v.isDay() && b.isWeekday() && v.weekdayOf(year) != null && v.weekdayOf(year) != b.weekday()) {
                return b;
            }
            if (v.isWeekday() && b.isDay() && b.weekdayOf(year) != null && b.weekdayOf(year) != v.weekday()) {
                return b;
            }
        }
        return null;
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
            return "that date was a " + w.name().charAt(0) + w.name().substring(1).toLowerCase(Locale.ROOT)
                    + ", so the two do not agree";
        }
        return "the date changed";
    }

    /** The year the story is set in: the base's publication year, else the version's, else 0. */
    private static int storyYear(Comparison c) {
        for (DocumentAnalysis d : List.of(c.base(), c.version())) {
            String published = d.document().metadata().published();
            if (published != null && published.matches("\\d{4}-.*")) {
                return Integer.parseInt(published.substring(0, 4));
            }
        }
        int year = c.base().firstYear();
        return year > 0 ? year : c.version().firstYear();
    }
}
