package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.SentenceInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A changed figure or date that a version repeats in its headline: one change, told once, where the body says it.
 * The headline's copy adds nothing for the editor to check and would be walked as a second flag.
 *
 * <p>Guarantees: a finding is left out only when it stands in a headline of the version, and a finding of the same
 * kind outside any headline tells the same change in the same words (values included: "the figure changed from 3
 * to 2"); a change the headline alone carries, and changes told without their values ("the time changed"), are all
 * kept.
 */
final class HeadlineRepeats {

    /** The quoted spans that open an explanation ("'3 arrested' became '2 arrested': "): what differs per place. */
    private static final Pattern SPANS = Pattern.compile("^'[^']*' became '[^']*': ");

    private HeadlineRepeats() {}

    static List<Finding> fold(Comparison c, List<Finding> findings) {
        Set<String> inBody = new HashSet<>();
        for (Finding f : findings) {
            String change = change(f);
            if (change != null && !inHeadline(c, f)) {
                inBody.add(change);
            }
        }
        if (inBody.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String change = change(f);
            if (change == null || !inBody.contains(change) || !inHeadline(c, f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The change a figure or date finding tells, without where it stands; null when it names no value. */
    private static String change(Finding f) {
        if (f.kind() != FlagKind.NUMBER && f.kind() != FlagKind.DATE || f.variantSpan() == null) {
            return null;
        }
        String told = SPANS.matcher(f.explanation()).replaceFirst("");
        return told.chars().anyMatch(Character::isDigit) ? f.kind() + "|" + told : null;
    }

    private static boolean inHeadline(Comparison c, Finding f) {
        SentenceInfo s = c.version().sentenceAt(f.variantSpan().start());
        return s != null && s.headline();
    }
}
