package app.corroborate.facts;

import app.corroborate.source.SourceMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a page uses for itself: the outlet its metadata gives, a masthead title written in capitals, a
 * masthead line that the page names again, the holder of its copyright line and the agency code of its dateline. "Told the Herald" or "a Herald check of fares"
 * on the Herald's own page names the reporter, not a source of the claim.
 *
 * <p>Guarantees: lower-case words of those names without legal and generic words ("ltd", "media", "the"), and the
 * initials of every name of two words or more ("cbr" for a masthead of three words); empty when the page names
 * itself nowhere. Memoised per document.
 */
public final class OwnNames {

    /** Words of a company or masthead name that say nothing of which outlet it is. */
    private static final Set<String> GENERIC = Set.of(
            "the",
            "ltd",
            "limited",
            "inc",
            "plc",
            "llc",
            "co",
            "company",
            "media",
            "group",
            "all",
            "rights",
            "reserved",
            "and",
            "of",
            "part",
            "holdings",
            "publishing",
            "publications",
            "corporation",
            "corp",
            "copyright");

    /** A copyright line: the sign or the word, perhaps a year, then the holder. */
    private static final Pattern COPYRIGHT =
            Pattern.compile("(?im)^\\s*(?:\u00a9|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?([^\\n.]{2,80})");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private OwnNames() {}

    /** The page's own names as lower-case words and initials. */
    public static Set<String> of(DocumentAnalysis doc) {
        return doc.memo(OwnNames.class, d -> {
            List<String> names = new ArrayList<>();
            SourceMetadata m = d.document().metadata();
            if (m.outlet() != null) {
                names.add(m.outlet());
            }
            if (m.title() != null && m.title().equals(m.title().toUpperCase(Locale.ROOT))) {
                names.add(m.title());
            }
            Matcher cr = COPYRIGHT.matcher(mayHaveCopyright(d.text()) ? d.text() : "");
            while (cr.find()) {
                names.add(cr.group(1));
            }
            String masthead = masthead(d.text());
            if (masthead != null) {
                names.add(masthead);
            }
            String dateline = Dateline.of(d);
            if (dateline != null) {
                names.add(dateline.substring(dateline.indexOf('|') + 1));
            }
            Set<String> out = new HashSet<>();
            names.forEach(n -> addWords(n, out));
            return Set.copyOf(out);
        });
    }

    /** The most words a masthead line has. */
    static final int MASTHEAD_WORDS = 5;

    /**
     * The masthead of a page saved as text: its first line when that is a short name in capitals ("THE MORNING
     * HERALD") or in capitalised words ("Radio Cote-Sud News") whose first two words or more the page uses again
     * further down ("Radio Cote-Sud is a member of ..."), then the words it uses again. Null when the first line
     * is no such name.
     */
    static String masthead(String text) {
        String stripped = text.stripLeading();
        int end = stripped.indexOf('\n');
        String first = (end < 0 ? stripped : stripped.substring(0, end)).strip();
        String[] words = first.split("\\s+");
        if (words.length < 2 || words.length > MASTHEAD_WORDS) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !GENERIC.contains(w)) {
                return null;
            }
        }
        if (first.equals(first.toUpperCase(Locale.ROOT))) {
            return first; // a masthead in capitals: "THE MORNING HERALD"
        }
        String rest = end < 0 ? "" : stripped.substring(end);
        for (int n = words.length; n >= 2; n--) {
            String prefix = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (rest.contains(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    /**
     * False only if {@link #COPYRIGHT} cannot match: no copyright sign, no "(c)" and no "copyright" in any case
     * (a wider test than the pattern's, so the pattern runs on every text it may match).
     */
    private static boolean mayHaveCopyright(String t) {
        if (t.indexOf('\u00a9') >= 0) {
            return true;
        }
        for (int i = t.indexOf('('); i >= 0 && i + 2 < t.length(); i = t.indexOf('(', i + 1)) {
            if ((t.charAt(i + 1) == 'c' || t.charAt(i + 1) == 'C') && t.charAt(i + 2) == ')') {
                return true;
            }
        }
        for (int i = 0; i + 9 <= t.length(); i++) {
            char c = t.charAt(i);
            if ((c == 'c' || c == 'C') && t.regionMatches(true, i, "copyright", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    /** True if every one of the words is one of the page's own names (and there is at least one). */
    public static boolean all(DocumentAnalysis doc, java.util.Collection<String> words) {
        Set<String> own = of(doc);
        return !words.isEmpty() && words.stream().allMatch(w -> own.contains(w.toLowerCase(Locale.ROOT)));
    }

    static void addWords(String name, Set<String> out) {
        Matcher w = WORD.matcher(name.toLowerCase(Locale.ROOT));
        StringBuilder initials = new StringBuilder();
        while (w.find()) {
            String word = w.group();
            if (!GENERIC.contains(word) && Character.isLetter(word.charAt(0))) {
                out.add(word);
                initials.append(word.charAt(0));
            }
        }
        if (initials.length() >= 2) {
            out.add(initials.toString());
        }
    }
}
