package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Link;
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
 * vanished (a sourced claim is now stated as fact), or moved to a speaker the base never mentions. A claim moved
 * into a merged or retold sentence (a {@link Comparison#counterparts() counterpart}) is checked for a change of
 * speaker too.
 */
public final class AttributionRule implements FlagRule {

    /**
     * A sentence names the base's speaker when it holds this share of the speaker's content words ("the interior
     * ministry" in "the ministry said"): separates the same speaker shortened from an unrelated one.
     */
    private static final double SPEAKER_NAMED = 0.5;

    /**
     * Content-word overlap (Jaccard) below which a heavy rewrite's pair shares a topic, not a statement ("About 210
     * firefighters were working on the blaze, X said" and "More than 250 firefighters ... are on the fire line; one
     * of them was taken to hospital"): an attribution missing from such a pair says nothing about the claim. Pairs
     * that drop a keyed attribution measured 0.30 and above on every story, loose pairs of heavy rewrites 0.15 to
     * 0.19.
     */
    private static final double CLOSE_PAIR = 0.2;

    @Override
    public List<Finding> apply(Comparison c) {
        List<Finding> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Set<String> said = new HashSet<>();
        Set<String> baseSpeakers = new HashSet<>();
        c.base().sentences().stream()
                .map(SentenceInfo::attribution)
                .filter(a -> a != null && a.speaker() != null && Speakers.person(c.base(), a))
                .forEach(a -> baseSpeakers.addAll(a.speakerWords()));
        List<AlignedPair> pairs = new ArrayList<>(c.paired());
        pairs.addAll(c.counterparts());
        for (AlignedPair p : pairs) {
            SentenceInfo b = c.base().sentence(p.baseIndex());
            SentenceInfo v = c.version().sentence(p.otherIndex());
            if (b.headline() || v.headline() || !seen.add(p.baseIndex() * 100_003 + p.otherIndex())) {
                continue;
            }
            Attribution was = b.attribution();
            Attribution now = v.attribution();
            // a counterpart (a merged or retold sentence holding the base sentence's words) may hold other
            // statements besides: only a speaker it gives the base's claim to is compared
            boolean aligned = p.link() != Link.NONE;
            if (aligned
                    && was == null
                    && named(now)
                    && !attributedInGroup(c, p)
                    && !baseWitnessInMerge(c, p, now, baseSpeakers)
                    && !carrier(c, now, v)
                    && !actsInBase(c, now, b)
                    && said.add("+" + attributionSpan(now))) {
                out.add(new Finding(
                        FlagKind.ATTRIBUTION,
                        Severity.HIGH,
                        b.span(),
                        attributionSpan(now),
                        "'" + Wording.quote(c.version().text(), attributionSpan(now)) + "' was added: what the "
                                + "base states on its own authority is now attributed to a source."));
            } else if (aligned
                    && named(was)
                    && now == null
                    && close(c, b, v)
                    && claimKept(c, was, b, v)
                    && !splitElsewhere(c, p)
                    && !speakerActs(c, was, v)
                    && !ActorSpeaks.of(c, was, b, v)
                    && !attributedNextDoor(c, was, v)
                    && (c.copyOfBase() || !namedAround(c, was, v))
                    && said.add("-" + attributionSpan(was))) {
                out.add(new Finding(
                        FlagKind.ATTRIBUTION,
                        Severity.HIGH,
                        attributionSpan(was),
                        v.span(),
                        "The attribution '" + Wording.quote(c.base().text(), attributionSpan(was))
                                + "' was dropped: a sourced claim is now stated as fact."));
            } else if (Speakers.different(c, resolved(c, was, b), now)
                    && !speakerOfMergedSentence(c, p, now)
                    && !quotesBoth(c, b, v)
                    && !carrier(c, now, v)
                    && said.add(attributionSpan(was) + ">" + attributionSpan(now))) {
                out.add(new Finding(
                        FlagKind.ATTRIBUTION,
                        Severity.HIGH,
                        attributionSpan(was),
                        attributionSpan(now),
                        "The claim is now attributed to "
                                + Speakers.describe(c.version(), now) + " instead of "
                                + Speakers.describe(c.base(), was) + "."));
            } else if (aligned && named(was) && now != null && !Speakers.different(c, was, now)) {
                Relay relay = Relay.changed(c, was, now, v);
                if (relay != null && said.add("via" + relay.span())) {
                    out.add(new Finding(
                            FlagKind.ATTRIBUTION,
                            Severity.HIGH,
                            attributionSpan(was),
                            relay.span(),
                            "The same speaker's statement now comes through another outlet: '"
                                    + Wording.quote(c.version().text(), relay.span()) + "', where the base has '"
                                    + Wording.quote(c.base().text(), attributionSpan(was)) + "'."));
                }
            }
        }
        return out;
    }

    /** Pronouns that stand for a person. */
    private static final Set<String> PERSONAL = Set.of("he", "she");

    /** How many sentences back a pronoun speaker ("he said") is taken to point. */
    private static final int PRONOUN_REACH = 2;

    /**
     * "Mayor Ana Ruiz said ... He said ...": a personal pronoun speaker of the base stands for the speaker named in one of
     * the {@value #PRONOUN_REACH} sentences before it: the nearest named speaker, when a person (never a body,
     * nor a name the base never gives as a person's, such as "JESCO said"); otherwise the pronoun itself (which
     * matches anyone).
     */
    private static Attribution resolved(Comparison c, Attribution was, SentenceInfo b) {
        if (was == null
                || !was.pronoun()
                || was.speaker() == null
                || !PERSONAL.contains(c.baseText(was.speaker()).toLowerCase(java.util.Locale.ROOT))) {
            return was;
        }
        for (int k = b.index() - 1; k >= Math.max(0, b.index() - PRONOUN_REACH); k--) {
            SentenceInfo before = c.base().sentence(k);
            Attribution a = before.attribution();
            if (a != null && a.speaker() != null && !a.pronoun()) {
                return Speakers.person(c.base(), a) || Speakers.surname(c.base(), a) ? a : was;
            }
        }
        return was;
    }

    /** Speaker words that name the outlet or agency carrying the story, not a source of the claim. */
    private static final Set<String> CARRIER = Set.of("report", "reports", "reported", "reporting", "agency");
    /** Words after the verb that hand the claim back to its source ("ANI reported, citing officials"). */
    private static final Set<String> CITING = Set.of("citing", "quoting");

    /**
     * The new speaker is the news agency or report that carries the story ("according to a report by ANI", "news
     * agency ANI reported citing officials"): the outlet names its wire, the claim keeps its source.
     */
    private static boolean carrier(Comparison c, Attribution now, SentenceInfo v) {
        if (now == null || now.speaker() == null) {
            return false;
        }
        if (now.speakerWords().stream().anyMatch(CARRIER::contains)) {
            return true;
        }
        if (now.verb().end() >= v.span().end()) {
            return false;
        }
        int[] r = c.version()
                .tokenRange(
                        new app.corroborate.text.Span(now.verb().end(), v.span().end()));
        for (int i = r[0]; i < Math.min(r[1], r[0] + 3); i++) {
            if (CITING.contains(c.version().form(i))) {
                return true;
            }
        }
        return false;
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
        return !speaker.isEmpty() && ContentWords.covered(speaker, sentence) >= SPEAKER_NAMED
                || speakerIsSubject(c, was) && referringSubject(c, v);
    }

    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");

    /** "The firm said it would close the plant": the statement's subject is its speaker, by a pronoun. */
    private static boolean speakerIsSubject(Comparison c, Attribution was) {
        int[] verb = c.base().tokenRange(was.verb());
        int next = verb[1];
        if (next < c.base().tokens().count() && c.base().form(next).equals("that")) {
            next++;
        }
        return next < c.base().tokens().count()
                && was.speaker().end() <= was.verb().start()
                && PRONOUNS.contains(c.base().form(next));
    }

    /**
     * The version's sentence opens on a pronoun or a short definite description without a name ("The group will
     * shut the plant"): it points back to someone named before, here the base's speaker acting.
     */
    private static boolean referringSubject(Comparison c, SentenceInfo v) {
        int k = v.tokenFrom();
        if (k >= v.tokenTo()) {
            return false;
        }
        if (PRONOUNS.contains(c.version().form(k))) {
            return true;
        }
        String text = c.version().text();
        return c.version().form(k).equals("the")
                && k + 1 < v.tokenTo()
                && Character.isLowerCase(text.charAt(c.version().tokens().start(k + 1)));
    }

    /**
     * The base sentence already names the new speaker as the one who acts or finds ("Investigators also found the
     * remains" became "the remains were found, investigators said"): the source is recast, not added.
     */
    private static boolean actsInBase(Comparison c, Attribution now, SentenceInfo b) {
        Set<String> forms = new HashSet<>();
        for (int i = b.tokenFrom(); i < b.tokenTo(); i++) {
            forms.add(c.base().form(i));
        }
        long named = now.speakerWords().stream()
                .filter(w -> forms.contains(w)
                        || forms.contains(w + "s")
                        || w.endsWith("s") && forms.contains(w.substring(0, w.length() - 1)))
                .count();
        return !now.speakerWords().isEmpty()
                && named >= SPEAKER_NAMED * now.speakerWords().size();
    }

    /**
     * Share of the claim's content words (the base sentence without its attribution) the version sentence must hold
     * for a lost attribution to leave the claim stated as fact: half. A pair that shares the story's names but not
     * the claim (a lead paired with a photo caption) has lost the claim, not its source.
     */
    private static final double CLAIM_KEPT = 0.5;

    /** The version sentence states most of what the base attributes ({@value #CLAIM_KEPT} of its content words). */
    private static boolean claimKept(Comparison c, Attribution was, SentenceInfo b, SentenceInfo v) {
        app.corroborate.text.Span attribution = attributionSpan(was);
        app.corroborate.text.Span claim = attribution.start() - b.span().start()
                        > b.span().end() - attribution.end()
                ? new app.corroborate.text.Span(b.span().start(), attribution.start())
                : new app.corroborate.text.Span(attribution.end(), b.span().end());
        Set<String> words = ContentWords.of(c.base(), claim);
        return words.isEmpty() || ContentWords.covered(words, ContentWords.of(c.version(), v.span())) >= CLAIM_KEPT;
    }

    /**
     * A version sentence that merges several base sentences keeps the speaker of one of them: the claim of another
     * did not move to that speaker unless the version gives it to someone none of them names. For a counterpart
     * the speaker must share a word with the other sentence's: an unnamed "the union" is not taken for "the
     * company" merely because neither can be told apart from the other.
     */
    private static boolean speakerOfMergedSentence(Comparison c, AlignedPair p, Attribution now) {
        return c.pairedWithVersion(p.otherIndex()).stream()
                .filter(q -> q.baseIndex() != p.baseIndex())
                .map(q -> c.base().sentence(q.baseIndex()).attribution())
                .anyMatch(a -> a != null
                        && a.speaker() != null
                        && !a.pronoun()
                        && !Speakers.different(c, a, now)
                        && (p.link() != Link.NONE || a.speakerWords().stream().anyMatch(now.speakerWords()::contains)));
    }

    private static boolean close(Comparison c, SentenceInfo b, SentenceInfo v) {
        return ContentWords.jaccard(ContentWords.of(c.base(), b.span()), ContentWords.of(c.version(), v.span()))
                >= CLOSE_PAIR;
    }

    /**
     * A version sentence that merges several base sentences under a person the base quotes elsewhere ("X, a police
     * chief, says rescuers pulled out more bodies after the train derailed at 3 a.m."): the rewrite gathers the
     * base's facts under one of the base's own sources, it does not invent one. {@code baseSpeakers} holds the
     * words of every person the base gives as a speaker.
     */
    private static boolean baseWitnessInMerge(Comparison c, AlignedPair p, Attribution now, Set<String> baseSpeakers) {
        return p.link() == app.corroborate.align.Link.MERGE
                && Speakers.person(c.version(), now)
                && ContentWords.covered(now.speakerWords(), baseSpeakers) >= SPEAKER_NAMED;
    }

    /** In a merge, the attribution may come from the other base sentence of the group. */
    private static boolean attributedInGroup(Comparison c, AlignedPair p) {
        return c.pairedWithVersion(p.otherIndex()).stream()
                .anyMatch(q -> q.baseIndex() != p.baseIndex()
                        && c.base().sentence(q.baseIndex()).attribution() != null);
    }

    /** The rewrite moved the attribution to the sentence before or after ("..., the minister confirmed"). */
    private static boolean attributedNextDoor(Comparison c, Attribution was, SentenceInfo v) {
        java.util.Set<String> speaker = ContentWords.of(c.base(), was.speaker());
        for (int k = v.index() - 1; k <= v.index() + 1; k += 2) {
            if (k >= 0 && k < c.version().sentences().size()) {
                SentenceInfo near = c.version().sentence(k);
                if (near.attribution() != null
                        && !speaker.isEmpty()
                        && ContentWords.covered(speaker, ContentWords.of(c.version(), near.span())) >= SPEAKER_NAMED
                        && !alreadyThere(c, k, speaker, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The base sentence facing version sentence {@code k} names the speaker too: the attribution there is the
     * base's own, not the dropped one moved next door ("..., JESCO said in a statement" dropped from a copy whose
     * next sentence keeps the base's "JESCO's chief executive told reporters"). The base sentence that lost the
     * attribution does not count (a version that split it keeps its speaker in the other part), and the facing base
     * sentence must be that one's neighbour, as the version's is (the order kept, as in a copy).
     */
    private static boolean alreadyThere(Comparison c, int k, Set<String> speaker, SentenceInfo v) {
        java.util.Set<Integer> lost = new HashSet<>();
        c.pairedWithVersion(v.index()).forEach(q -> lost.add(q.baseIndex()));
        return c.pairedWithVersion(k).stream()
                .filter(q -> !lost.contains(q.baseIndex())
                        && (lost.contains(q.baseIndex() - 1) || lost.contains(q.baseIndex() + 1)))
                .map(q -> c.base().sentence(q.baseIndex()))
                .anyMatch(b -> b.attribution() != null
                        && ContentWords.covered(speaker, ContentWords.of(c.base(), b.span())) >= SPEAKER_NAMED);
    }

    /**
     * An independent rewrite that names the base's speaker a few sentences either side reports from that source
     * in its own order ("Gardaí say two wolves are still loose. ... Schools decide in the morning."): the
     * attribution is carried by the context, not dropped. The speaker counts as named as in {@link
     * #attributedNextDoor}: half its content words. On the keyed stories this took away over 20 of 74 flags of a dropped
     * attribution in independent rewrites, none of them keyed.
     */
    private static boolean namedAround(Comparison c, Attribution was, SentenceInfo v) {
        Set<String> speaker = ContentWords.of(c.base(), was.speaker());
        if (speaker.isEmpty()) {
            return false;
        }
        int from = Math.max(0, v.index() - CONTEXT_SENTENCES);
        int to = Math.min(c.version().sentences().size() - 1, v.index() + CONTEXT_SENTENCES);
        for (int k = from; k <= to; k++) {
            Set<String> words =
                    ContentWords.of(c.version(), c.version().sentence(k).span());
            if (ContentWords.covered(speaker, words) >= SPEAKER_NAMED) {
                return true;
            }
        }
        return false;
    }

    /** Sentences either side of a rewrite's sentence in which a source named carries its attribution. */
    static final int CONTEXT_SENTENCES = 3;

    /** In a split, the attribution may sit in the other part of the group. */
    private static boolean splitElsewhere(Comparison c, AlignedPair p) {
        return c.pairedWithBase(p.baseIndex()).stream()
                .anyMatch(q -> q.otherIndex() != p.otherIndex()
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
