package app.corroborate.flag;

import app.corroborate.collate.Collation;
import java.util.List;

/** Builds small invented cases from strings: the first text is the base, the others versions v1, v2... */
final class Cases {

    private Cases() {}

    static Collation collate(String... texts) {
        return app.corroborate.collate.TestCollations.of(texts);
    }

    /** Findings of one rule on version {@code i} of the case. */
    static List<Finding> run(FlagRule rule, Collation c, int i) {
        return rule.apply(c.comparison(i));
    }

    static List<Finding> run(FlagRule rule, String base, String version) {
        return run(rule, collate(base, version), 1);
    }

    /** The variant text a finding points at. */
    static String variant(Collation c, int i, Finding f) {
        return f.variantSpan() == null
                ? null
                : f.variantSpan().of(c.analyses().get(i).text());
    }
}
