package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.Attribution;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.Quotes;
import app.corroborate.facts.SentenceInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who says it changed: an attribution appeared (the reporter's own statement became "Authorities said ..."),
 * vanished (a sourced claim is now stated as fact), or moved to a speaker the base never mentions.
 */
public final class AttributionRule implements FlagRule {

    /**
     * A sentence names the base's speaker when it holds this share of the speaker's content words ("the interior
     * ministry" in "the ministry said"): separates the same speaker shortened from an unrelated one.
     */
    private static final double SPEAKER_NAMED = 0.5;

    @Override
    public List<Finding> apply(Comparison c) {
        List<Finding> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (AlignedPair p : c.paired()) {
            SentenceInfo b = c.base().sentence(p.baseIndex());
            SentenceInfo v = c.version().sentence(p.otherIndex());
            if (b.headline() || v.headline() || !seen.add(p.baseIndex() * 100_003 + p.otherIndex())) {
                continue;
            }
            Attribution was = b.attribution();
            Attribution now = v.attribution();
            if (was == null && named(now) && !attributedInGroup(c, p)) {
                out.add(new Finding(FlagKind.ATTRIBUTION, Severity.HIGH, b.span(), attributionSpan(now),
                        "'" + Wording.quote(c.version().text(), attributionSpan(now)) + "' was added: what the "
                                + "base states on its own authority is now attributed to a source."));
            } else if (named(was) && now == null && !splitElsewhere(c, p) && !speakerActs(c, was, v)
                    && !attributedNextDoor(c, was, v)) {
                out.add(new Finding(FlagKind.ATTRIBUTION, Severity.HIGH, attributionSpan(was), v.span(),
                        "The attribution '" + Wording.quote(c.base().text(), attributionSpan(was))
                                + "' was dropped: a sourced claim is now stated as fact."));
            } else if (Speakers.different(c, was, now) && !quotesBoth(c, b, v)) {
                out.add(new Finding(FlagKind.ATTRIBUTION, Severity.HIGH, attributionSpan(was),
                        attributionSpan(now), "The claim is now attributed to "
                                + Speakers.describe(c.version(), now) + " instead of "
                                + Speakers.describe(c.base(), was) + "."));
            }
        }
        return out;
    }

    /** A quotation kept across a speaker change is the quote rule's finding (a quote given to another). */
    private static boolean quotesBoth(Comparison c, SentenceInfo b, SentenceInfo v) {
        return !Quotes.of(c.base(), b).isEmpty() && !Quotes.of(c.version(), v).isEmpty();
    }

    static app.corroborate.text.Span spanOf(Attribution a) {
        return attributionSpan(a);
    }

    private static boolean named(Attribution a) {
        return a != null && a.speaker() != null && !a.pronoun() && !a.verbForm().equals("described");
    }

    /**
     * The rewrite names the speaker as the one who acts ("the authority said it had opened an inquiry" became
     * "the authority has opened an inquiry"): the source of the claim is still there.
     */
    private static boolean speakerActs(Comparison c, Attribution was, SentenceInfo v) {
        java.util.Set<String> sentence = ContentWords.of(c.version(), v.span());
        java.util.Set<String> speaker = ContentWords.of(c.base(), was.speaker());
        return !speaker.isEmpty() && ContentWords.covered(speaker, sentence) >= SPEAKER_NAMED;
    }

    /** In a merge, the attribution may come from the other base sentence of the group. */
    private static boolean attributedInGroup(Comparison c, AlignedPair p) {
        return c.pairedWithVersion(p.otherIndex()).stream().anyMatch(q -> q.baseIndex() != p.baseIndex()
                && c.base().sentence(q.baseIndex()).attribution() != null);
    }

    /** The rewrite moved the attribution to the sentence before or after ("..., the minister confirmed"). */
    private static boolean attributedNextDoor(Comparison c, Attribution was, SentenceInfo v) {
        java.util.Set<String> speaker = ContentWords.of(c.base(), was.speaker());
        for (int k = v.index() - 1; k <= v.index() + 1; k += 2) {
            if (k >= 0 && k < c.version().sentences().size()) {
                SentenceInfo near = c.version().sentence(k);
                if (near.attribution() != null && !speaker.isEmpty()
                        && ContentWords.covered(speaker, ContentWords.of(c.version(), near.span())) >= SPEAKER_NAMED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** In a split, the attribution may sit in the other part of the group. */
    private static boolean splitElsewhere(Comparison c, AlignedPair p) {
        return c.pairedWithBase(p.baseIndex()).stream().anyMatch(q -> q.otherIndex() != p.otherIndex()
                && c.version().sentence(q.otherIndex()).attribution() != null);
    }

    private static app.corroborate.text.Span attributionSpan(Attribution a) {
        if (a.speaker() == null) {
            return a.verb();
        }
        int start = Math.min(a.speaker().start(), a.verb().start());
        int end = Math.max(a.speaker().end(), a.verb().end());
        return new app.corroborate.text.Span(start, end);
    }
}
