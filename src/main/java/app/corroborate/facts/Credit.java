package app.corroborate.facts;

import app.corroborate.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agency a page credits on a line of its own ("Associated Press", "The Associated Press", "- Pacific Rim
 * Press", "PTI"): outlets that run a wire story print the agency's name above or below it, independent reports do
 * not. Two sources crediting one agency carry its wire text, even an early edition the agency rewrote later.
 *
 * <p>Guarantees: read only from the first {@value #OPENING} and the last {@value #CLOSING} story sentences, each
 * a name alone on its line that reads as an agency (a press, agency, wire or news-service word, or one word in
 * capitals of two to five letters that is no section label such as "COURT", never a capitalised word such as a
 * menu's "Home" or "Share"); null when there is
 * none.
 */
public final class Credit {

    /** How many story lines may come before the credit (a section label, a headline, a time stamp). */
    static final int OPENING = 8;
    /** Wire copy often ends on the agency's name ("- Pacific Rim Press"). */
    static final int CLOSING = 2;

    private static final Pattern LINE = Pattern.compile(
            "^(?:[-\u2013\u2014]\\s*|by\\s+|source\\s*:\\s*)?(?:the\\s+)?"
                    + "((?:\\p{Lu}[\\p{L}&.'-]*\\s+){0,4}(?:press|agency|wire|newswire|news service|presse)(?:\\s+\\p{Lu}[\\p{L}.]*)?"
                    + "|(?-i:\\p{Lu}{2,5}))\\.?$",
            Pattern.CASE_INSENSITIVE);

    private Credit() {}

    /**
     * A page's section labels set in capitals above a story ("COURT", "NEWS", "WORLD"): short words in capitals,
     * like an agency's code, that credit no agency; two unrelated reports under one section are not copies.
     */
    private static final java.util.Set<String> SECTIONS = java.util.Set.of(
            "NEWS",
            "LOCAL",
            "WORLD",
            "SPORT",
            "COURT",
            "COURTS",
            "CRIME",
            "ARTS",
            "MONEY",
            "TECH",
            "FOOD",
            "STYLE",
            "HOME",
            "LIFE",
            "CITY",
            "METRO",
            "POLL",
            "VIDEO",
            "VIDEOS",
            "LIVE",
            "MENU",
            "TOP",
            "HOT",
            "NEW",
            "BIZ",
            "AUTO",
            "AUTOS",
            "OPED",
            "TV",
            "RADIO",
            "STATE",
            "ASIA",
            "AFRICA",
            "US",
            "UK",
            "EU",
            "LATEST",
            "TRAVEL",
            "MEDIA",
            "POLITICS",
            "HEALTH",
            "OPINION");

    /** The credited agency, lower case without "the" ("associated press"), or null. */
    public static String of(DocumentAnalysis doc) {
        return doc.memo(Credit.class, d -> {
                    int n = d.sentences().size();
                    for (int i = 0; i < n; i++) {
                        if (i >= OPENING && i < n - CLOSING) {
                            continue;
                        }
                        String found = credit(d, d.sentences().get(i).span());
                        if (found != null) {
                            return found;
                        }
                    }
                    return "";
                })
                .transform(k -> k.isEmpty() ? null : k);
    }

    private static String credit(DocumentAnalysis d, Span s) {
        String line = s.of(d.text()).strip();
        Matcher m = LINE.matcher(line);
        if (!m.matches() || line.split("\\s+").length > 6) {
            return null;
        }
        String name = m.group(1);
        if (SECTIONS.contains(name)) {
            return null;
        }
        boolean acronym = name.chars().allMatch(Character::isUpperCase);
        boolean capitalised =
                java.util.Arrays.stream(name.split("\\s+")).allMatch(w -> Character.isUpperCase(w.charAt(0)));
        return acronym || capitalised ? name.toLowerCase(Locale.ROOT) : null;
    }

    /**
     * True if the opening of {@code doc} credits the agency {@code code} as the source of its text, on a line of its
     * own as a byline stands ("By LankaWire | April 8, 2026 10:52 AM", "Source: KNS", "- KNS") or in brackets with
     * nothing else inside ("Ferry update (via KNS) 1/4", "(KNS)"): a page or a post that runs the agency's wire text
     * says so there. The code as written, in its case; never inside a sentence ("told KNS", "via KNS showed"), a
     * caption's credit ("(Photo: Ola Nilsen via KNS)"), a handle ("@KNS") or a possessive ("By KNS's count").
     */
    public static boolean credits(DocumentAnalysis doc, String code) {
        if (code.isEmpty()) {
            return false;
        }
        for (String line : doc.memo(OpeningLines.class, OpeningLines::of).lines()) {
            if (bylineCredit(line.strip(), code) || bracketCredit(line, code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines of a document up to the end of its {@value #OPENING}th story sentence, the page's own lines among
     * them (a byline is furniture, not a story sentence); read once per document, as every pair of sources asks.
     */
    private record OpeningLines(List<String> lines) {

        static OpeningLines of(DocumentAnalysis doc) {
            int n = Math.min(OPENING, doc.sentences().size());
            if (n == 0) {
                return new OpeningLines(List.of());
            }
            String opening =
                    doc.text().substring(0, doc.sentences().get(n - 1).span().end());
            return new OpeningLines(List.of(opening.split("\n")));
        }
    }

    /** "By CODE", "Source: CODE" or "- CODE" opening the line, then its end, a bar or a dot, or a comma and a date. */
    private static boolean bylineCredit(String line, String code) {
        String lower = line.toLowerCase(Locale.ROOT);
        int at = lower.startsWith("by ")
                ? 3
                : lower.startsWith("source:")
                        ? 7
                        : line.startsWith("-") || line.startsWith("\u2013") || line.startsWith("\u2014") ? 1 : -1;
        if (at < 0) {
            return false;
        }
        String rest = line.substring(at).stripLeading();
        if (!rest.startsWith(code)) {
            return false;
        }
        String after = rest.substring(code.length()).strip();
        if (after.isEmpty() || "|\u00b7\u2022".indexOf(after.charAt(0)) >= 0) {
            return true;
        }
        // "By LankaWire, April 8, 2026": a comma then the byline's date, not a list of sources without one
        return after.charAt(0) == ',' && after.chars().anyMatch(Character::isDigit);
    }

    /**
     * The brackets at {@code open} and {@code close} stand beside other bracketed sources ("... two days earlier.
     * (ANA) (Vojvodina Post)"): a summary's list of references, which names where it read the news, not whose text
     * it runs.
     */
    private static boolean amongReferences(String line, int open, int close) {
        String after = line.substring(close + 1).stripLeading();
        String before = line.substring(0, open).stripTrailing();
        return after.startsWith("(") && namesASource(after.substring(1, Math.max(1, after.indexOf(')'))))
                || before.endsWith(")")
                        && namesASource(before.substring(before.lastIndexOf('(') + 1, before.length() - 1));
    }

    /** Bracketed words that name a source: a capitalised name, no digits, no page's status ("(1/3)", "(Updated)"). */
    private static boolean namesASource(String inside) {
        String t = inside.strip();
        return !t.isEmpty()
                && Character.isUpperCase(t.charAt(0))
                && t.chars().noneMatch(Character::isDigit)
                && !STATUS_WORDS.contains(t.toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> STATUS_WORDS = java.util.Set.of(
            "updated", "update", "corrected", "video", "photos", "live", "watch", "opinion", "analysis");

    /** "(CODE)" or "(via CODE)" anywhere on the line, nothing else inside the brackets, not among references. */
    private static boolean bracketCredit(String line, String code) {
        for (int open = line.indexOf('('); open >= 0; open = line.indexOf('(', open + 1)) {
            int close = line.indexOf(')', open);
            if (close < 0) {
                return false;
            }
            String inside = line.substring(open + 1, close).strip();
            boolean cited = inside.equals(code)
                    || inside.regionMatches(true, 0, "via ", 0, 4)
                            && inside.substring(4).strip().equals(code);
            if (cited && !amongReferences(line, open, close)) {
                return true;
            }
        }
        return false;
    }
}
