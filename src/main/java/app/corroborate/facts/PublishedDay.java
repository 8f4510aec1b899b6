package app.corroborate.facts;

import app.corroborate.text.WordLists;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a source was published, read from its page's date as the importer found it ("2026-06-07T17:35:00+06:00",
 * "Tuesday, 17 March 2026, 18:20", "Wednesday, April 8, 2026 - 11:04 AM", "08-Apr-2026 15:47"): what "yesterday"
 * and "today" on that page mean.
 *
 * <p>Guarantees: a day only when the text gives a year, a month (by number only in the ISO form, else by name) and
 * a day that exist together; all-number forms other than ISO ("07-06-2026") are ambiguous and give none.
 */
public final class PublishedDay {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[ \\-]+(\\p{L}+)\\.?,?[ \\-]+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("(\\p{L}+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");

    private PublishedDay() {}

    /** The day of {@code doc}'s publication, if its page gives one. */
    public static Optional<LocalDate> of(DocumentAnalysis doc) {
        return doc.memo(
                PublishedDay.class,
                d -> Optional.ofNullable(parse(d.document().metadata().published())));
    }

    /** The day a page's date string gives, or null. */
    public static LocalDate parse(String published) {
        if (published == null) {
            return null;
        }
        Matcher m = ISO.matcher(published);
        if (m.find()) {
            return day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(published);
        if (m.find()) {
            LocalDate d = day(m.group(3), WordLists.month(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
            if (d != null) {
                return d;
            }
        }
        m = MONTH_DAY_YEAR.matcher(published);
        return m.find() ? day(m.group(3), WordLists.month(m.group(1).toLowerCase(Locale.ROOT)), m.group(2)) : null;
    }

    private static LocalDate day(String year, int month, String day) {
        if (month < 1 || month > 12) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
