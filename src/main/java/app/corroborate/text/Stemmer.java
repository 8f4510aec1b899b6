package app.corroborate.text;

/**
 * A light English stemmer for comparing words, not for display: possessives, plurals and the common verb
 * endings are stripped (attacks, attackers, attacked: attack).
 *
 * <p>Guarantees: idempotent on its own output for the suffixes it strips; never shortens a word below four
 * letters; words ending in a digit or mark are returned unchanged.
 */
public final class Stemmer {

    private static final String[] SUFFIXES = {"ers", "ing", "ed", "er", "es", "s"};

    private Stemmer() {}

    public static String stem(String w) {
        String s = w.endsWith("'s")
                ? w.substring(0, w.length() - 2)
                : w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
        if (s.length() <= 4 || !Character.isLetter(s.charAt(s.length() - 1))) {
            return s;
        }
        if (s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 4 && !s.endsWith("ss")) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }
}
