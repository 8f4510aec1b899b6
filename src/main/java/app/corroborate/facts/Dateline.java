package app.corroborate.facts;

import app.corroborate.text.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire dateline that opens a story ("PLACE, Country, Month Day (CODE) -"): the place in capitals and the
 * agency's code in parentheses (letters in capitals, "PRP", or one name in capitalised parts, "Reuters", "LankaWire"),
 * or in capitals after the date and before a dash, as some agencies write it ("PORT OF SPAIN, Trinidad, May 21, CMC -"). Outlets that republish a wire text keep it; independent reports write their own
 * opening. Two sources with datelines of one agency carry its wire text, whatever else they changed (an early and a
 * later edition, filed from two places; a copy reworded in places). A place followed at once by the code and a colon
 * ("TROMSØ (NorPress):") is a dateline too.
 *
 * <p>Guarantees: read only from the first {@value #OPENING} story sentences; null when there is none.
 */
public final class Dateline {

    /** How many story lines may come before the dateline (a headline, a byline, page labels the page kept). */
    static final int OPENING = 12;

    private static final Pattern DATELINE = Pattern.compile(
            "(?:^|\\s)(\\p{Lu}[\\p{Lu}'\u2019 .-]{2,40}?)\\s*,[^()\\n]{0,60}?"
                    + "(?:\\((\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}*)?)\\)|,\\s*(\\p{Lu}{2,6})\\s*[-\u2013\u2014])");

    /**
     * The place followed at once by the agency's code and a colon or a dash, without country or date ("TROMSØ
     * (NorPress): Up to ..."), as some agencies open their copy.
     */
    private static final Pattern BARE_DATELINE = Pattern.compile("(?:^|\\s)(\\p{Lu}[\\p{Lu}'\u2019 .-]{2,40}?)\\s*"
            + "\\((\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}*)?)\\)\\s*[:\\-\u2013\u2014]");

    private Dateline() {}

    /** The dateline as found: its place and agency code ("PUERTO ALCALA|PRP") and its span; both null when none. */
    private record Found(String key, Span span, boolean bracketed) {}

    private static Found find(DocumentAnalysis doc) {
        return doc.memo(Found.class, d -> {
            int n = Math.min(OPENING, d.sentences().size());
            for (int i = 0; i < n; i++) {
                Span s = d.sentences().get(i).span();
                Matcher m = DATELINE.matcher(s.of(d.text()));
                if (!m.find()) {
                    m = BARE_DATELINE.matcher(s.of(d.text()));
                    if (!m.find()) {
                        continue;
                    }
                }
                return new Found(
                        Spelling.plain(m.group(1).strip()).toUpperCase(Locale.ROOT) + "|"
                                + (m.group(2) != null ? m.group(2) : m.group(3)),
                        new Span(s.start() + m.start(1), s.start() + m.end()),
                        m.group(2) != null);
            }
            return new Found(null, null, false);
        });
    }

    /** Labels a page sets in brackets after a headline ("(VIDEO):"), never an agency's code. */
    private static final java.util.Set<String> MEDIA_LABELS = java.util.Set.of(
            "VIDEO", "VIDEOS", "PHOTO", "PHOTOS", "PICS", "WATCH", "LIVE", "AUDIO", "UPDATE", "UPDATED");

    /**
     * The agency's code when the dateline gives it in brackets ("TASHKENT, April 14 (TAP) -", "TROMSØ (NorPress):"),
     * or null: a code written after the date without brackets may be a country ("England, UK -"), and a bracketed
     * media label ("(VIDEO)") is none. Two sources with such a code carry the agency's text wherever it was filed.
     */
    public static String bracketedAgency(DocumentAnalysis doc) {
        Found found = find(doc);
        if (found.key() == null || !found.bracketed()) {
            return null;
        }
        String code = found.key().substring(found.key().indexOf('|') + 1);
        return MEDIA_LABELS.contains(code.toUpperCase(Locale.ROOT)) ? null : code;
    }

    /** The agency the dateline credits ("PRP", "LankaWire"), or null when there is no dateline. */
    public static String agency(DocumentAnalysis doc) {
        String key = find(doc).key();
        return key == null ? null : key.substring(key.indexOf('|') + 1);
    }

    /** The dateline's place and agency code ("PUERTO ALCALA|PRP"), or null. */
    public static String of(DocumentAnalysis doc) {
        return find(doc).key();
    }

    /**
     * Where the dateline stands in the text, from its place to its agency's code ("APIA, Samoa, 11 March (PWS)"), or
     * null when there is none: its date is the day the story was filed, not a day of the events it reports.
     */
    public static Span span(DocumentAnalysis doc) {
        return find(doc).span();
    }
}
