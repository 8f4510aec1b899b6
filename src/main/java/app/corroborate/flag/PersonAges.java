package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's age given between commas after the name ("Kendall Baptiste, 44, of Arouca"), compared by the person
 * wherever each source gives it: a rewrite that says "Baptiste, 45," in a sentence of its own still changes that
 * person's age, though no sentence pair holds both.
 *
 * <p>Guarantees: the name word before the age must be a name of the document (so "Lusaka, 14," is no person), and
 * each source must give that person exactly one age; a change already found by the pairs is not found twice; one
 * pass over each text.
 */
final class PersonAges {

    private static final Pattern AGE = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019-]+),\\s+(\\d{1,3}),");

    /** The oldest age read. */
    private static final int OLDEST = 110;

    private PersonAges() {}

    /** An age and where it stands. */
    private record Age(int years, Span span) {}

    static List<Finding> findings(Comparison c, List<Finding> found) {
        Map<String, List<Age>> base = ages(c.base());
        Map<String, List<Age>> version = ages(c.version());
        List<Finding> out = new ArrayList<>();
        for (var e : version.entrySet()) {
            List<Age> was = base.get(e.getKey());
            List<Age> now = e.getValue();
            if (was == null
                    || was.size() != 1
                    || now.size() != 1
                    || was.get(0).years() == now.get(0).years()) {
                continue;
            }
            Span b = was.get(0).span();
            Span v = now.get(0).span();
            boolean known = found.stream()
                    .anyMatch(f -> f.variantSpan() != null && f.variantSpan().overlaps(v));
            if (!known) {
                out.add(new Finding(
                        FlagKind.NUMBER,
                        Severity.HIGH,
                        b,
                        v,
                        "'" + c.baseText(b) + "' became '" + c.versionText(v) + "': " + e.getKey()
                                + "'s age changed from " + was.get(0).years() + " to "
                                + now.get(0).years() + "."));
            }
        }
        return out;
    }

    /** The ages each named person is given, by the name word before them; kept with the document. */
    private static Map<String, List<Age>> ages(DocumentAnalysis doc) {
        return doc.memo(PersonAges.class, PersonAges::read).byName();
    }

    private record Read(Map<String, List<Age>> byName) {}

    private static Read read(DocumentAnalysis doc) {
        Map<String, List<Age>> out = new HashMap<>();
        Matcher m = AGE.matcher(doc.text());
        while (m.find()) {
            String name = m.group(1);
            int years = Integer.parseInt(m.group(2));
            if (years > 0 && years <= OLDEST && doc.hasNameWord(name.toLowerCase(java.util.Locale.ROOT))) {
                List<Age> list = out.computeIfAbsent(name, k -> new ArrayList<>());
                if (list.stream().noneMatch(a -> a.years() == years)) {
                    list.add(new Age(years, new Span(m.start(1), m.end(2))));
                }
            }
        }
        return new Read(out);
    }
}
