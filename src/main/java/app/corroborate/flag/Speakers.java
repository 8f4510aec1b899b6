package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.Attribution;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.facts.SourceTypes;
import app.corroborate.facts.Spelling;
import app.corroborate.facts.Titles;
import app.corroborate.text.NameFinder;
import app.corroborate.text.WordLists;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares who speaks in two attributions. Two speakers differ only when the version names someone the base
 * never mentions and the two share no name word: "Pakistan's military" and "Interior Minister Mohsin Naqvi and
 * military spokespeople" differ; "the chief minister" and "Chief Minister Sarfaraz Bugti" do not; a pronoun
 * matches anyone.
 */
final class Speakers {

    private Speakers() {}

    /**
     * The speakers differ only by each page's own name: "a check of fares by the Wire" and "a Herald check of
     * fares" are each outlet's own check (see {@link app.corroborate.facts.OwnNames}).
     */
    private static boolean sameButOwnNames(Comparison c, Attribution base, Attribution variant) {
        java.util.Set<String> b = withoutOwnNames(c.base(), base);
        java.util.Set<String> v = withoutOwnNames(c.version(), variant);
        return !v.isEmpty()
                && b.equals(v)
                && (b.size() < base.speakerWords().size()
                        || v.size() < variant.speakerWords().size());
    }

    private static java.util.Set<String> withoutOwnNames(app.corroborate.facts.DocumentAnalysis d, Attribution a) {
        java.util.Set<String> own = app.corroborate.facts.OwnNames.of(d);
        java.util.Set<String> out = new java.util.HashSet<>(a.speakerWords());
        out.removeIf(own::contains);
        return out;
    }

    /**
     * True if the two attributions give the claim to different speakers (see the class doc). Decided once per
     * pair of attributions and comparison: the attribution and quote rules ask about the same pairs again.
     */
    static boolean different(Comparison c, Attribution base, Attribution variant) {
        if (base == null || variant == null) {
            return false;
        }
        Map<Pair, Boolean> known = c.memo(Pair.class, k -> new ConcurrentHashMap<>());
        Pair key = new Pair(base, variant);
        Boolean found = known.get(key);
        if (found == null) {
            found = decide(c, base, variant);
            known.put(key, found);
        }
        return found;
    }

    /**
     * Two attributions compared, as a key by identity: a sentence's attribution is read once and kept by its
     * analysis, so the same pair is the same two objects (hashing their words and spans cost more than deciding).
     */
    private record Pair(Attribution base, Attribution variant) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.base == base && p.variant == variant;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(base) + System.identityHashCode(variant);
        }
    }

    private static boolean decide(Comparison c, Attribution base, Attribution variant) {
        if (base == null
                || variant == null
                || base.speaker() == null
                || variant.speaker() == null
                || base.pronoun()
                || variant.pronoun()
                || anaphoric(c.base(), base)) {
            return false;
        }
        if (Spokespeople.elevated(base, variant)) {
            return true;
        }
        if (sameButOwnNames(c, base, variant)
                || describedThenNamed(c, base, variant)
                || namedJustBefore(c.version(), variant, c.base(), base)
                || namedNextDoor(c.base(), base, c.version(), variant)
                || Appositions.speaksFor(c, base, variant)
                || TitledNames.describes(
                        c.base(), nameWords(c.base(), base), nameWords(c.version(), variant), variant.speakerWords())) {
            return false;
        }
        if (abbreviates(c.versionText(variant.speaker()), c.baseText(base.speaker()))
                || abbreviates(c.baseText(base.speaker()), c.versionText(variant.speaker()))) {
            return false;
        }
        if (anaphoric(c.version(), variant)) {
            return partyOfTheClaim(c, base, variant)
                    || personToBody(c, base, variant)
                    || SourceTypes.differ(base.speakerWords(), variant.speakerWords());
        }
        if (!newNames(c, variant).isEmpty() && !sharesNameWord(c, base, variant)) {
            return true;
        }
        boolean named = !nameWords(c.base(), base).isEmpty()
                || !nameWords(c.version(), variant).isEmpty();
        return named && !sameWordOrSpelling(base.speakerWords(), variant.speakerWords())
                || narrowed(c, base, variant)
                || SourceTypes.differ(base.speakerWords(), variant.speakerWords());
    }

    /**
     * "Tests at the U.S. Fish and Wildlife Service's laboratory found ..., the agency said" became "The U.S. Fish and
     * Wildlife Service said ...": the base's speaker is a description without a name, and the version's speaker is
     * a name the base sentence itself gives (its antecedent), so one body.
     */
    private static boolean describedThenNamed(Comparison c, Attribution base, Attribution variant) {
        Set<String> named = nameWords(c.version(), variant);
        SentenceInfo s = c.base().sentenceAt(base.speaker().start());
        if (!nameWords(c.base(), base).isEmpty() || named.isEmpty() || s == null) {
            return false;
        }
        Set<String> sentence = new java.util.HashSet<>();
        s.names().stream()
                .filter(n -> !base.speaker().contains(n.span()))
                .forEach(n -> n.words().stream().map(Spelling::plain).forEach(sentence::add));
        return sentence.containsAll(named);
    }

    /** How many sentences back a description may point to a speaker named before ("the regulator said"). */
    private static final int ANTECEDENT_SENTENCES = 2;

    /**
     * "the Safety Board (NSB) said ... The board said": the version's speaker is a description without a name,
     * and one of the version's previous {@value #ANTECEDENT_SENTENCES} sentences gives the base's speaker by name
     * as a speaker: the description points back to it (a body's description never points back to a person).
     */
    private static boolean namedJustBefore(
            DocumentAnalysis doc, Attribution description, DocumentAnalysis other, Attribution named) {
        Set<String> wanted = nameWords(other, named);
        SentenceInfo s = doc.sentenceAt(description.speaker().start());
        if (s == null
                || wanted.isEmpty()
                || !nameWords(doc, description).isEmpty()
                || titledPerson(other, named)
                        && description.speakerWords().stream().anyMatch(WordLists.ORGANISATIONS::contains)) {
            return false;
        }
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - ANTECEDENT_SENTENCES); k--) {
            Attribution a = doc.sentence(k).attribution();
            if (a != null && a.speaker() != null && nameWords(doc, a).containsAll(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Australia's aviation regulator said ... The Civil Aviation Safety Authority said": the base's speaker is a
     * description of a kind of source with no person's name, the version names the body, and the base gives that
     * body as the speaker of the sentence before or after: one body described, then named.
     */
    private static boolean namedNextDoor(
            DocumentAnalysis doc, Attribution description, DocumentAnalysis other, Attribution named) {
        Set<String> wanted = nameWords(other, named);
        SentenceInfo s = doc.sentenceAt(description.speaker().start());
        if (s == null
                || wanted.isEmpty()
                || !personWords(doc, description).isEmpty()
                || SourceTypes.of(description.speakerWords()).isEmpty()) {
            return false;
        }
        for (int k = s.index() - 1; k <= s.index() + 1; k += 2) {
            Attribution a =
                    k >= 0 && k < doc.sentences().size() ? doc.sentence(k).attribution() : null;
            if (a != null && a.speaker() != null && nameWords(doc, a).containsAll(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** One speaker holds an acronym of words the other spells out (see {@link Acronyms#abbreviates}). */
    static boolean abbreviates(String withAcronym, String spelledOut) {
        return Acronyms.abbreviates(withAcronym, spelledOut);
    }

    /**
     * True if the speakers share a word, as written, with other accents ("Tenkō" and "Tenko"), with or without the
     * hyphen of a double-barrelled name, or spelled another way (the name-spelling rule's finding).
     */
    private static boolean sameWordOrSpelling(Set<String> baseWords, Set<String> variantWords) {
        Set<String> base = withParts(baseWords);
        return withParts(variantWords).stream()
                .anyMatch(v -> base.contains(v)
                        || base.stream()
                                .anyMatch(b -> Spelling.plain(b).equals(Spelling.plain(v)) || Spelling.variants(b, v)));
    }

    /** The words with the parts of each hyphenated word added ("ruiz-vega" adds "ruiz" and "vega"). */
    private static Set<String> withParts(Set<String> words) {
        Set<String> out = new java.util.HashSet<>(words);
        words.stream().filter(w -> w.indexOf('-') > 0).forEach(w -> out.addAll(List.of(w.split("-+"))));
        return out;
    }

    /** "Officials from both countries said" became one side's officials: the claim lost half its sources. */
    private static boolean narrowed(Comparison c, Attribution base, Attribution variant) {
        return bothSides(c.baseText(base.speaker())) && !bothSides(c.versionText(variant.speaker()));
    }

    private static boolean bothSides(String speaker) {
        String lower = speaker.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("both") && !lower.contains("side")) {
            return false; // every phrase below holds one of these
        }
        String s = " " + lower.replaceAll("[^\\p{L}]+", " ") + " ";
        return s.contains(" both ") || s.contains(" all sides ") || s.contains(" each side ");
    }

    /**
     * "The 29-year-old", "the former minister", "the company": a definite description without a name or a kind
     * of source other than a company points back to someone already named, like a pronoun.
     */
    private static boolean anaphoric(DocumentAnalysis doc, Attribution a) {
        String text = a.speaker().of(doc.text()).strip().toLowerCase(java.util.Locale.ROOT);
        int[] r = doc.tokenRange(a.speaker());
        boolean definite = text.startsWith("the ");
        SentenceInfo s = doc.sentenceAt(a.speaker().start());
        int first = s == null ? r[0] : s.tokenFrom();
        for (int k = Math.max(first, r[0] - 3); k < r[0] && !definite; k++) {
            definite = doc.form(k).equals("the");
        }
        java.util.Set<SourceTypes.Type> types = SourceTypes.of(a.speakerWords());
        return definite
                && nameWords(doc, a).isEmpty()
                && (types.isEmpty() || types.equals(java.util.EnumSet.of(SourceTypes.Type.CORPORATE)));
    }

    /**
     * "A spokesman for the buyer said there were no plans to move the club" became "The club denied it had any
     * plans to move": a definite description ("the club") points back to someone already named, but when the base
     * sentence names that party outside its speaker, as what the claim is about, and the base speaker shares no
     * word with it, the claim now comes from the party it concerns, not from its source.
     */
    private static boolean partyOfTheClaim(Comparison c, Attribution base, Attribution variant) {
        SentenceInfo s = c.base().sentenceAt(base.speaker().start());
        if (s == null
                || variant.speakerWords().isEmpty()
                || variant.speakerWords().stream().anyMatch(base.speakerWords()::contains)) {
            return false;
        }
        int[] speaker = c.base().tokenRange(base.speaker());
        Set<String> rest = new java.util.HashSet<>();
        for (int k = s.tokenFrom(); k < s.tokenTo(); k++) {
            if (k >= speaker[0] && k < speaker[1]) {
                continue;
            }
            if (variant.speakerWords().contains(c.base().form(k))
                    && k + 1 < s.tokenTo()
                    && WordLists.SPEECH_VERBS.contains(c.base().form(k + 1))) {
                return false; // "engineers estimate ..., the company said": the base gives it as a source too
            }
            rest.add(c.base().form(k));
        }
        return rest.containsAll(variant.speakerWords());
    }

    /**
     * "the chairman said" became "the association believes": a description whose head is a kind of organisation points
     * back to a body, never to the person the base names, so the claim changed hands.
     */
    private static boolean personToBody(Comparison c, Attribution base, Attribution variant) {
        return (person(c.base(), base) || surname(c.base(), base))
                && variant.speakerWords().stream().anyMatch(WordLists.ORGANISATIONS::contains)
                && variant.speakerWords().stream().noneMatch(base.speakerWords()::contains);
    }

    /**
     * The speaker is a single name word the document gives elsewhere after the first word of a person's full name
     * ("Ana Ruiz said ... Ruiz said", a double surname included): a person named by surname.
     */
    static boolean surname(DocumentAnalysis doc, Attribution a) {
        List<NameFinder.Name> names = namesOf(doc, a);
        if (names.size() != 1 || a.speakerWords().stream().anyMatch(WordLists.ORGANISATIONS::contains)) {
            return false;
        }
        List<String> words =
                names.get(0).words().stream().filter(w -> !Titles.isTitle(w)).toList();
        return words.size() == 1 && surnames(doc).contains(Spelling.plain(words.get(0)));
    }

    /** The words after the first of the document's names of two words or more, none naming an organisation. */
    private static Set<String> surnames(DocumentAnalysis doc) {
        return doc.memo(Speakers.class.getName() + ".surnames", d -> {
            Set<String> out = new java.util.HashSet<>();
            for (SentenceInfo s : d.sentences()) {
                for (NameFinder.Name n : s.names()) {
                    List<String> words =
                            n.words().stream().filter(w -> !Titles.isTitle(w)).toList();
                    if (words.size() >= 2
                            && words.stream()
                                    .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                                    .noneMatch(WordLists.ORGANISATIONS::contains)) {
                        words.subList(1, words.size()).forEach(w -> out.add(Spelling.plain(w)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The speaker is most likely a person: a name of two words or more ("analyst Ana Ruiz") and no word that names
     * a kind of organisation ("the Port Authority"). A two-word body without such a word ("Nordic Waters") passes.
     */
    static boolean person(DocumentAnalysis doc, Attribution a) {
        return !personWords(doc, a).isEmpty() && a.speakerWords().stream().noneMatch(WordLists.ORGANISATIONS::contains);
    }

    /** The speaker is surely a person: {@link #person} with a title or office ("Mayor Ana Ruiz"). */
    static boolean titledPerson(DocumentAnalysis doc, Attribution a) {
        return person(doc, a) && a.speakerWords().stream().anyMatch(Titles::isTitle);
    }

    /** Names inside the version's speaker that the base never mentions (by any of their words). */
    static Set<String> newNames(Comparison c, Attribution variant) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (NameFinder.Name n : namesOf(c.version(), variant)) {
            if (isNew(c.base(), n)) {
                out.add(c.versionText(n.span()));
            }
        }
        return out;
    }

    private static boolean isNew(DocumentAnalysis base, NameFinder.Name n) {
        return n.words().stream()
                .filter(w -> w.length() >= 3 && !Titles.isTitle(w))
                .anyMatch(w -> !base.hasNameWord(w) && !base.hasWord(w) && !base.hasNameWordSpelledLike(w));
    }

    /** Two speakers share a name: a person's name when both give one, else any name word. */
    private static boolean sharesNameWord(Comparison c, Attribution base, Attribution variant) {
        Set<String> basePeople = personWords(c.base(), base);
        Set<String> variantPeople = personWords(c.version(), variant);
        if (!basePeople.isEmpty() && !variantPeople.isEmpty()) {
            return variantPeople.stream().anyMatch(basePeople::contains);
        }
        Set<String> baseWords = nameWords(c.base(), base);
        return nameWords(c.version(), variant).stream().anyMatch(baseWords::contains);
    }

    /** Words of the names of two words or more (after titles) inside a speaker: a person, most often. */
    private static Set<String> personWords(DocumentAnalysis doc, Attribution a) {
        Set<String> out = new java.util.HashSet<>();
        for (NameFinder.Name n : namesOf(doc, a)) {
            List<String> words =
                    n.words().stream().filter(w -> !Titles.isTitle(w)).toList();
            if (words.size() >= 2) {
                words.stream().map(Spelling::plain).forEach(out::add);
            }
        }
        return out;
    }

    private static Set<String> nameWords(DocumentAnalysis doc, Attribution a) {
        Set<String> out = new java.util.HashSet<>();
        for (NameFinder.Name n : namesOf(doc, a)) {
            n.words().stream()
                    .filter(w -> !Titles.isTitle(w))
                    .map(Spelling::plain)
                    .forEach(out::add);
        }
        return out;
    }

    /** The names inside a speaker, from the one sentence that holds it. */
    private static List<NameFinder.Name> namesOf(DocumentAnalysis doc, Attribution a) {
        SentenceInfo s = doc.sentenceAt(a.speaker().start());
        return s == null
                ? List.of()
                : s.names().stream().filter(n -> a.speaker().contains(n.span())).toList();
    }

    static String describe(DocumentAnalysis doc, Attribution a) {
        return a == null || a.speaker() == null ? "no one" : "'" + Wording.quote(doc.text(), a.speaker()) + "'";
    }
}
