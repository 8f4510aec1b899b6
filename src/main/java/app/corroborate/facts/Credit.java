package app.corroborate.facts;

import app.corroborate.text.Span;
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
     * True if the opening of {@code doc} credits the agency {@code code} as the source of its text ("By LankaWire |
     * April 8", "(via KNS)", "(KNS)", "Source: KNS", "- KNS"): a page or a post that runs the agency's wire text
     * says so where its byline stands. The code must stand as a credit, not in a sentence ("told KNS").
     */
    public static boolean credits(DocumentAnalysis doc, String code) {
        Pattern credit = Pattern.compile(
                "(?:\\(\\s*(?:via\\s+)?|\\bvia\\s+|^\\s*by\\s+|^\\s*source\\s*:\\s*|^\\s*[-\u2013\u2014]\\s*)"
                        + Pattern.quote(code) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
        int n = Math.min(OPENING, doc.sentences().size());
        if (n == 0) {
            return false;
        }
        // the page's own lines count too: a byline is furniture, not a story sentence
        String opening =
                doc.text().substring(0, doc.sentences().get(n - 1).span().end());
        Matcher m = credit.matcher(opening);
        while (m.find()) {
            if (!m.group().startsWith("(") || opening.startsWith(")", m.end())) {
                return true;
            }
        }
        return false;
    }
}
