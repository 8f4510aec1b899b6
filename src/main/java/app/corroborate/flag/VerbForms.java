package app.corroborate.flag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The regular inflections of an English verb, for the word lists: "brush" gives "brushes", "brushed",
 * "brushing"; "stampede" gives "stampedes", "stampeded", "stampeding"; "slam" gives "slammed" and "slamming"
 * (a doubled final consonant is offered beside the plain form, for the British and American spellings of
 * "travelled" and "traveled"). A phrase is inflected on its first word ("brush aside": "brushed aside").
 *
 * <p>Guarantees: the term itself comes first; only regular forms are made (an irregular past, "held", "sat",
 * belongs in the list as written); the forms are made once, when the list is read.
 */
final class VerbForms {

    private VerbForms() {}

    static List<String> of(String term) {
        int space = term.indexOf(' ');
        String verb = space < 0 ? term : term.substring(0, space);
        String rest = space < 0 ? "" : term.substring(space);
        Set<String> out = new LinkedHashSet<>();
        out.add(term);
        for (String form : forms(verb)) {
            out.add(form + rest);
        }
        return List.copyOf(out);
    }

    private static Set<String> forms(String v) {
        Set<String> out = new LinkedHashSet<>();
        int n = v.length();
        if (n < 2) {
            return out;
        }
        char last = v.charAt(n - 1);
        boolean consonantY = last == 'y' && !vowel(v.charAt(n - 2));
        if (consonantY) {
            String stem = v.substring(0, n - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(v + "ing");
            return out;
        }
        out.add(v.matches(".*(s|sh|ch|x|z|o)") ? v + "es" : v + "s");
        if (last == 'e') {
            out.add(v + "d");
            out.add(v.endsWith("ee") ? v + "ing" : v.substring(0, n - 1) + "ing");
            return out;
        }
        out.add(v + "ed");
        out.add(v + "ing");
        if (doubles(v)) {
            out.add(v + last + "ed");
            out.add(v + last + "ing");
        }
        return out;
    }

    /** Ends consonant-vowel-consonant ("slam", "pocket"), the last not w, x or y: the consonant may double. */
    private static boolean doubles(String v) {
        int n = v.length();
        if (n < 3) {
            return false;
        }
        char c = v.charAt(n - 1);
        return !vowel(c) && "wxy".indexOf(c) < 0 && vowel(v.charAt(n - 2)) && !vowel(v.charAt(n - 3));
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
