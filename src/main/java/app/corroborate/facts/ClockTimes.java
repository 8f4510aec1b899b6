package app.corroborate.facts;

import app.corroborate.text.Span;
import app.corroborate.text.Tokens;
import java.util.Set;

/**
 * Clock times as outlets write them: "7:45 a.m.", "10 p.m.", "19:30", "noon", "12 midnight", and the house styles of
 * other countries: a point for the colon ("4.45 am", "9.20 p.m.", with the meridiem, so that "4.45 million" stays a
 * figure), the meridiem written against the figure ("3am", "3.10am", "2:15am") and the 24-hour clock of official
 * statements ("0430 hours", after a word that places it in time: "at", "around"; "0347 GMT", before a time zone).
 *
 * <p>Guarantees: a time is read only when it cannot be a plain figure (a colon, a meridiem or the four-digit
 * 24-hour form); minutes in 0-59, hours in 0-23 (1-12 with a meridiem); each time's span covers its meridiem.
 */
final class ClockTimes {

    /** Words before a four-digit figure that make "0430 hours" a time of day rather than a duration. */
    private static final Set<String> AT = Set.of(
            "at",
            "around",
            "about",
            "approximately",
            "by",
            "from",
            "until",
            "till",
            "since",
            "before",
            "after",
            "roughly",
            "nearly");

    /** The hours named by a word, alone or after "12" ("12 noon", "12 midnight"). */
    private static final Set<String> NOON = Set.of("noon", "midday", "midnight");

    private static final Set<String> HOUR_WORDS = Set.of("hours", "hrs", "hr");

    /** Time zones a wire writes after a four-digit time ("0347 GMT", "1400 UTC"): a time of day, wherever it stands. */
    private static final Set<String> ZONES =
            Set.of("gmt", "utc", "cet", "cest", "bst", "est", "edt", "pst", "pdt", "ist");

    private ClockTimes() {}

    /** The clock time starting at token {@code i} (tokens up to {@code to}), or null. */
    static DateMentions.Mention at(DocumentAnalysis doc, int i, int to) {
        Tokens t = doc.tokens();
        String f = doc.form(i);
        if (NOON.contains(f)) {
            return mention(t.span(i), f.equals("midnight") ? 0 : 12 * 60);
        }
        if (f.isEmpty() || f.charAt(0) < '0' || f.charAt(0) > '9') {
            return null; // every other time starts with its hour's digits (most tokens are words)
        }
        if (f.equals("12") && i + 1 < to && NOON.contains(doc.form(i + 1))) {
            return mention(new Span(t.start(i), t.end(i + 1)), doc.form(i + 1).equals("midnight") ? 0 : 12 * 60);
        }
        DateMentions.Mention military = twentyFourHour(doc, i, to);
        if (military != null) {
            return military;
        }
        String glued = meridiemOf(f);
        String figure = f.substring(0, f.length() - glued.length());
        int dot = figure.indexOf('.');
        String hours = dot < 0 ? figure : figure.substring(0, dot);
        String minutes = dot < 0 ? "" : figure.substring(dot + 1);
        if (!DateMentions.digits(hours, 1, 2) || dot >= 0 && !DateMentions.digits(minutes, 2, 2)) {
            return null;
        }
        int end = i;
        boolean colon =
                dot < 0 && glued.isEmpty() && i + 2 < to && doc.form(i + 1).equals(":") && t.end(i) == t.start(i + 1);
        if (colon) {
            String next = doc.form(i + 2);
            String g = meridiemOf(next);
            colon = DateMentions.digits(next.substring(0, next.length() - g.length()), 2, 2);
            if (colon) {
                glued = g;
                minutes = next.substring(0, next.length() - g.length());
                end = i + 2;
            }
        }
        String meridiem =
                !glued.isEmpty() ? glued : end + 1 < to ? doc.form(end + 1).replace(".", "") : "";
        boolean am = meridiem.equals("am");
        boolean pm = meridiem.equals("pm");
        int hour = Integer.parseInt(hours);
        int minute = minutes.isEmpty() || !colon && dot < 0 ? 0 : Integer.parseInt(minutes);
        if (!colon && !am && !pm || hour > 24 || minute > 59 || (am || pm) && hour > 12) {
            return null;
        }
        if ((am || pm) && glued.isEmpty()) {
            end++;
        }
        if (am || pm) {
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return mention(new Span(t.start(i), t.end(end)), hour * 60 + minute);
    }

    /** "0430 hours" after "at", "around" ...: the 24-hour clock; null for anything else. */
    private static DateMentions.Mention twentyFourHour(DocumentAnalysis doc, int i, int to) {
        String f = doc.form(i);
        if (!DateMentions.digits(f, 4, 4)
                || i + 1 >= to
                || !ZONES.contains(doc.form(i + 1))
                        && (!HOUR_WORDS.contains(doc.form(i + 1)) || i == 0 || !AT.contains(doc.form(i - 1)))) {
            return null;
        }
        int hour = Integer.parseInt(f.substring(0, 2));
        int minute = Integer.parseInt(f.substring(2));
        return hour > 23 || minute > 59
                ? null
                : mention(new Span(doc.tokens().start(i), doc.tokens().end(i + 1)), hour * 60 + minute);
    }

    /** "am" or "pm" written against a figure ("3am", "3.10pm"), else "". */
    private static String meridiemOf(String form) {
        boolean glued = form.length() > 2
                && Character.isDigit(form.charAt(form.length() - 3))
                && (form.endsWith("am") || form.endsWith("pm"));
        return glued ? form.substring(form.length() - 2) : "";
    }

    /** Words before a time that make it approximate ("around 5 p.m.", "about midnight"). */
    private static final Set<String> APPROXIMATE =
            Set.of("around", "about", "approximately", "roughly", "nearly", "almost", "shortly", "circa");

    /** True if the time is given as approximate: a hedge stands right before it. */
    static boolean approximate(DocumentAnalysis doc, DateMentions.Mention m) {
        int first = doc.tokens().firstStartingAtOrAfter(m.span().start());
        return first > 0 && APPROXIMATE.contains(doc.form(first - 1));
    }

    private static DateMentions.Mention mention(Span span, int minutes) {
        return new DateMentions.Mention(span, null, 0, 0, 0, minutes);
    }
}
