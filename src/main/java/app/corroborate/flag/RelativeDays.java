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
        List<Finding> out = new ArrayList<>();
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
