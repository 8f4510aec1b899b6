package app.corroborate.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the calendar dates that pages use for publication into ISO form. */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
    /** A written date at the end of a line: "..., February 1, 2026." or "1 February 2026". */
    static final Pattern TRAILING_DATE = Pattern.compile(
            "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|"
                    + "September|October|November|December)\\s+\\d{4})[.)]?$");

    /** A feed's date stamp, "Tue, 17 Feb 2026 20:41:00 +0800": the weekday is not checked against the date. */
    private static final Pattern FEED_STAMP =
            Pattern.compile("^(?:[A-Za-z]{3},\\s*)?(\\d{1,2} [A-Z][a-z]{2} \\d{4}) \\d{1,2}:\\d{2}");

    private Dates() {}

    private static final Pattern DATE_LIKE = Pattern.compile(
            "(?i).*(\\d{4}-\\d{2}-\\d{2}|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
                    + "|\\b\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
                    + "|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b.*\\d).*");

    /** True if {@code raw} reads as a date ("17 November", "Nov. 17, 2025", "2025-11-17", "Mon 17/11/25"). */
    static boolean looksLikeDate(String raw) {
        return DATE_LIKE.matcher(raw).matches();
    }

    /** ISO {@code yyyy-MM-dd} when {@code raw} holds a date we can read, else {@code raw} stripped. */
    static String toIsoOrSelf(String raw) {
        String s = raw.strip();
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return m.group();
        }
        Matcher stamp = FEED_STAMP.matcher(s);
        if (stamp.find()) {
            try {
                return LocalDate.parse(stamp.group(1), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH))
                        .toString();
            } catch (DateTimeParseException e) {
                // not a date after all
            }
        }
        String cleaned = s.replace(".", "").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(cleaned, f).toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return s;
    }
}
