package app.corroborate.flag;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms of bodies named two ways ("the TGA", "the Therapeutic Goods Administration").
 *
 * <p>Guarantees: {@link #abbreviates} is true exactly when an acronym of two to six capitals in one text is the
 * initials of a run of capitalised words of the other; a text without two capitals in a row is answered without
 * a regular expression. Linear in the two texts.
 */
final class Acronyms {

    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,6}\\b");
    private static final Set<String> LINKS = Set.of("of", "and", "for", "the", "on", "&");

    private Acronyms() {}

    /**
     * One speaker holds an acronym of words the other spells out ("the TGA" and "the Therapeutic Goods
     * Administration", "NCRA director Ondrej Kvapil" and "the National Cyber Resilience Agency"): one body named two
     * ways. Initials are taken from consecutive capitalised words, linking words ("of", "and") skipped.
     */
    static boolean abbreviates(String withAcronym, String spelledOut) {
        if (!twoCapitalsInARow(withAcronym)) {
            return false;
        }
        Matcher m = ACRONYM.matcher(withAcronym);
        String initials = initials(spelledOut);
        while (m.find()) {
            if (initials.contains("|" + m.group() + "|")) {
                return true;
            }
        }
        return false;
    }

    /** True if two upper-case letters ({@code \p{Lu}}) follow each other: what every acronym match needs. */
    private static boolean twoCapitalsInARow(String s) {
        boolean previous = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean upper = Character.getType(c) == Character.UPPERCASE_LETTER;
            if (upper && previous) {
                return true;
            }
            previous = upper;
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** The initials of each run of capitalised words, an opening article left out, as "|ABC|...|". */
    private static String initials(String text) {
        StringBuilder runs = new StringBuilder("|");
        StringBuilder run = new StringBuilder();
        for (String w : text.split("[^\\p{L}&]+")) {
            if (run.length() == 0 && ARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                continue; // "The Philippine National Police" is the PNP
            }
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                run.appendCodePoint(w.codePointAt(0));
            } else if (!LINKS.contains(w.toLowerCase(Locale.ROOT)) && run.length() > 0) {
                runs.append(run).append('|');
                run.setLength(0);
            }
        }
        return runs.append(run).append('|').toString();
    }
}
