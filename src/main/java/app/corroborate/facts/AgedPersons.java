package app.corroborate.facts;

import java.util.Map;
import java.util.Set;

/**
 * Who an age is given for, by the noun after it ("a 54-year-old woman", "a nine-year-old boy"): two ages are not of
 * one person when the nouns disagree both in sex and in being a child or a grown-up, so a story's two victims (a
 * woman and a boy) are never read as one person whose age changed, while "a 71-year-old man" and "a pensioner, 74",
 * "a 16-year-old boy" and "an 18-year-old man", or a woman retold as a man, still are.
 *
 * <p>Guarantees: only nouns of the list below are read; any other noun, or none, agrees with every person.
 */
final class AgedPersons {

    private AgedPersons() {}

    /** For each noun, by its stem as units keep it ("pension" for "pensioner"): its sex ('m', 'f' or '?') and whether it names a child ('c'), a grown-up ('a') or either ('?'). */
    private static final Map<String, String> PERSONS = Map.ofEntries(
            Map.entry("man", "ma"),
            Map.entry("woman", "fa"),
            Map.entry("boy", "mc"),
            Map.entry("girl", "fc"),
            Map.entry("schoolboy", "mc"),
            Map.entry("schoolgirl", "fc"),
            Map.entry("child", "?c"),
            Map.entry("toddl", "?c"),
            Map.entry("baby", "?c"),
            Map.entry("infant", "?c"),
            Map.entry("pension", "?a"),
            Map.entry("fath", "ma"),
            Map.entry("moth", "fa"),
            Map.entry("son", "m?"),
            Map.entry("daught", "f?"),
            Map.entry("husband", "ma"),
            Map.entry("wife", "fa"),
            Map.entry("grandfath", "ma"),
            Map.entry("grandmoth", "fa"),
            Map.entry("men", "ma"),
            Map.entry("women", "fa"),
            Map.entry("children", "?c"));

    /** True unless the nouns of the two ages' units name people of another sex and of another age group. */
    static boolean agree(Set<String> unit, Set<String> other) {
        String a = person(unit);
        String b = person(other);
        if (a == null || b == null) {
            return true;
        }
        return compatible(a.charAt(0), b.charAt(0)) || compatible(a.charAt(1), b.charAt(1));
    }

    private static boolean compatible(char x, char y) {
        return x == '?' || y == '?' || x == y;
    }

    private static String person(Set<String> unit) {
        for (String u : unit) {
            String p = PERSONS.get(u);
            if (p == null && u.endsWith("s")) {
                p = PERSONS.get(u.substring(0, u.length() - 1));
            }
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
