package app.corroborate.flag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Terms that characterise actors, events and claims, each with a stance class (neutral-actor, pejorative,
 * sympathetic, ideological, evaluative, socioeconomic, epistemic, charged-action, neutral-speech,
 * loaded-attribution, imputing: words that impute a motive or judge a manner, neutral-outcome: plain words for harm and legal outcomes, graphic: idioms that dramatise a
 * death), read from
 * {@code lexicon.txt}. One signal among others for loaded wording; the data, not the code, lists the terms.
 *
 * <p>Guarantees: lookups are by the lower-case word or phrase of up to {@value #LONGEST} words, or its plural (never by stem: "denied"
 * is not "denier"); a term marked {@code verb} in the list (a third column) is also found in its inflected forms,
 * made from its first word when the list is read ("plough into": "ploughed into", "ploughing into").
 */
public final class Lexicon {

    /** The longest phrase of the list, in words: an idiom ("burnt to death", "left in the dark"). */
    public static final int LONGEST = 4;

    /** Idioms are phrases of at least this many words: distinctive enough to stand out of a rewrite. */
    static final int IDIOM = 3;

    private final Map<String, String> classes = new HashMap<>();

    /** The first word of every phrase of the lexicon (what comes before its first space). */
    private final java.util.Set<String> phraseStarts = new java.util.HashSet<>();

    private Lexicon(Map<String, String> classes) {
        this.classes.putAll(classes);
        for (String k : classes.keySet()) {
            if (k.indexOf(' ') >= 0) {
                phraseStarts.add(k.substring(0, k.indexOf(' ')));
            }
        }
    }

    /**
     * False if no phrase of two words or more starting with this word can have a class: {@link #classOf} of such a
     * phrase finds only entries whose first word is the word's key (plurals change only the last word).
     */
    boolean mayStartPhrase(String word) {
        String k = key(word);
        return k.isEmpty() || k.indexOf(' ') >= 0 || phraseStarts.contains(k);
    }

    /** The lexicon shipped with the product. */
    public static Lexicon standard() {
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.txt is missing from this build");
            }
            Map<String, String> map = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] parts = line.split("\t");
                if (line.startsWith("#") || parts.length < 2) {
                    continue;
                }
                String term = key(parts[0].strip());
                boolean verb = parts.length > 2 && parts[2].strip().equals("verb");
                map.put(term, parts[1].strip()); // a term listed twice takes its last class
                for (String form : verb ? VerbForms.of(term) : java.util.List.<String>of()) {
                    map.putIfAbsent(form, parts[1].strip()); // a form listed as a term of its own keeps its class
                }
            }
            return new Lexicon(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class of a word or phrase as written or in the plural, or null. */
    public String classOf(String phrase) {
        String k = key(phrase);
        String found = classes.get(k);
        if (found == null && k.endsWith("es")) {
            found = classes.get(k.substring(0, k.length() - 2));
        }
        if (found == null && k.endsWith("s")) {
            found = classes.get(k.substring(0, k.length() - 1));
        }
        return found;
    }

    /** The phrase in lower case, its words apart by one space (one pass: it is looked up for every word). */
    private static String key(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean apart = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isWhitespace(c)) {
                apart = out.length() > 0;
            } else {
                if (apart) {
                    out.append(' ');
                    apart = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** True for the classes of plain wording: a neutral description, verb of saying or word for an outcome. */
    static boolean neutral(String cls) {
        return cls.startsWith("neutral-");
    }

    /** How a stance class reads in an explanation. */
    static String describe(String cls) {
        return switch (cls) {
            case "neutral-actor" -> "a neutral description";
            case "pejorative" -> "a pejorative label";
            case "sympathetic" -> "a sympathetic label";
            case "ideological" -> "an ideological label";
            case "evaluative" -> "an evaluative adjective";
            case "socioeconomic" -> "a socio-economic characterisation";
            case "epistemic" -> "a judgement on the claim's truth";
            case "charged-action" -> "a charged verb";
            case "neutral-speech" -> "a neutral verb of saying";
            case "neutral-plain" -> "a word of plain reporting";
            case "neutral-outcome" -> "a plain word for an outcome";
            case "graphic" -> "a graphic idiom for a death";
            case "sensational" -> "a sensational word for harm";
            case "loaded-attribution" -> "a verb of saying that judges the speaker or the statement";
            case "imputing" -> "a word that imputes a motive or judges how someone acted";
            default -> cls;
        };
    }
}
