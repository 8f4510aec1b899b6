package app.corroborate.facts;

import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokens;
import app.corroborate.text.WordLists;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Calendar mentions in a sentence: weekdays ("on Saturday"), days of a month ("Jan. 31", "1 February 2026")
 * and bare years ("in 2006").
 *
 * <p>Guarantees: each mention has its span in the original text; month names and abbreviations with or
 * without a period are read; nothing else is guessed.
 */
public final class DateMentions {

    /** One mention: a weekday, a month and day (year 0 if not given), or a year alone. */
    public record Mention(Span span, DayOfWeek weekday, int month, int day, int year, int minutes) {

        Mention(Span span, DayOfWeek weekday, int month, int day, int year) {
            this(span, weekday, month, day, year, -1);
        }

        public boolean isTime() {
            return minutes >= 0;
        }

        public boolean isWeekday() {
            return weekday != null;
        }

        public boolean isDay() {
            return month > 0;
        }

        public boolean isYear() {
            return weekday == null && month == 0 && minutes < 0;
        }

        /** The weekday of a day mention, with {@code fallbackYear} when the mention has no year; else null. */
        public DayOfWeek weekdayOf(int fallbackYear) {
            int y = year > 0 ? year : fallbackYear;
            if (!isDay() || day == 0 || y <= 0) {
                return null;
            }
            try {
                return LocalDate.of(y, month, day).getDayOfWeek();
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
    }

    private DateMentions() {}

    /** The mentions of a story sentence (read once per sentence and kept by the analysis). */
    public static List<Mention> in(DocumentAnalysis doc, SentenceInfo s) {
        return doc.dates(s);
    }

    static List<Mention> read(DocumentAnalysis doc, SentenceInfo s) {
        List<Mention> out = new ArrayList<>();
        Tokens t = doc.tokens();
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            String f = doc.form(i);
            DayOfWeek w = WordLists.weekday(f);
            int month = month(f);
            Mention time = time(doc, i, s.tokenTo());
            if (time != null) {
                out.add(time);
                i = doc.tokens().firstStartingAtOrAfter(time.span().end()) - 1;
            } else if (w != null) {
                out.add(new Mention(t.span(i), w, 0, 0, 0));
            } else if (month > 0 && dayAfter(doc, i, s.tokenTo()) > 0) {
                int dayAt = dayAfter(doc, i, s.tokenTo());
                int end = dayAt;
                int year = 0;
                int k = dayAt + 1 < s.tokenTo() && doc.form(dayAt + 1).equals(",") ? dayAt + 2 : dayAt + 1;
                if (k < s.tokenTo() && digits(doc.form(k), 4, 4)) {
                    year = Integer.parseInt(doc.form(k));
                    end = k;
                }
                out.add(new Mention(
                        new Span(t.start(i), t.end(end)), null, month, Integer.parseInt(doc.form(dayAt)), year));
                i = end;
            } else if (isDayNumber(doc, i) && i + 1 < s.tokenTo() && month(doc.form(i + 1)) > 0) {
                int year = i + 2 < s.tokenTo() && digits(doc.form(i + 2), 4, 4) ? Integer.parseInt(doc.form(i + 2)) : 0;
                int end = year > 0 ? i + 2 : i + 1;
                out.add(new Mention(
                        new Span(t.start(i), t.end(end)), null, month(doc.form(i + 1)), Integer.parseInt(f), year));
                i = end;
            } else if (month > 0 && isMonthWord(doc, i, s.tokenTo())) {
                int year = i + 1 < s.tokenTo() && digits(doc.form(i + 1), 4, 4) ? Integer.parseInt(doc.form(i + 1)) : 0;
                int end = year > 0 ? i + 1 : i;
                out.add(new Mention(new Span(t.start(i), t.end(end)), null, month, 0, year));
                i = end;
            } else if (t.kind(i) == TokenKind.NUMBER && isYearToken(doc, i, s.tokenTo())) {
                out.add(new Mention(t.span(i), null, 0, 0, Integer.parseInt(f)));
            }
        }
        return out;
    }

    /** A clock time starting at token {@code i} (see {@link ClockTimes}), or null. */
    public static Mention time(DocumentAnalysis doc, int i, int to) {
        return ClockTimes.at(doc, i, to);
    }

    /** True if the time is given as approximate ("around 3 a.m."). */
    public static boolean approximate(DocumentAnalysis doc, Mention m) {
        return ClockTimes.approximate(doc, m);
    }

    /** True if the figure is part of a clock time ("7:45 a.m.", "10 p.m."). */
    public static boolean isTimePart(DocumentAnalysis doc, app.corroborate.text.NumberPhrase p) {
        int first = doc.tokens().firstStartingAtOrAfter(p.span().start());
        int last = Math.max(first, doc.tokens().firstStartingAtOrAfter(p.span().end()) - 1);
        for (int k = Math.max(0, first - 2); k <= last; k++) {
            Mention m = time(doc, k, doc.tokens().count());
            if (m != null && m.span().overlaps(p.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A four-digit token between 1500 and 2100 that no noun follows ("in 1897", "in 2019 had found", not "1800
     * workers"): a function word after it ("had", "was") is no noun.
     */
    private static boolean isYearToken(DocumentAnalysis doc, int i, int to) {
        String f = doc.form(i);
        if (!digits(f, 4, 4)) {
            return false;
        }
        int year = Integer.parseInt(f);
        boolean noun = i + 1 < to
                && doc.tokens().kind(i + 1) == TokenKind.WORD
                && !Set.of("and", "or", "to", "when", "after", "before", "that", "which", "the", "in", "on")
                        .contains(doc.form(i + 1))
                && !app.corroborate.text.WordLists.FUNCTION_WORDS.contains(doc.form(i + 1));
        return year >= 1500 && year <= 2100 && !noun;
    }

    /** True if {@code s} is {@code min} to {@code max} ASCII digits (no regular expression: this runs per token). */
    public static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The token index of the day after a month name ("Jan. 31", "January 31"), or -1. */
    private static int dayAfter(DocumentAnalysis doc, int i, int to) {
        int k = i + 1 < to && doc.form(i + 1).equals(".") ? i + 2 : i + 1;
        return k < to && isDayNumber(doc, k) ? k : -1;
    }

    /** A month name on its own ("by the end of March", "in May 2029"); "may" only when a year follows. */
    private static boolean isMonthWord(DocumentAnalysis doc, int i, int to) {
        String f = doc.form(i);
        boolean yearFollows = i + 1 < to && digits(doc.form(i + 1), 4, 4);
        if (f.equals("may")) {
            return yearFollows;
        }
        return f.length() > 3 || yearFollows;
    }

    private static boolean isDayNumber(DocumentAnalysis doc, int i) {
        String f = doc.form(i);
        return digits(f, 1, 2) && Integer.parseInt(f) >= 1 && Integer.parseInt(f) <= 31;
    }

    private static int month(String form) {
        String f = form.indexOf('.') < 0 ? form : form.replace(".", "");
        return WordLists.month(f.toLowerCase(Locale.ROOT));
    }
}
