package app.corroborate.flag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The connotation of an English word: the mean of human valence ratings from -4 (most negative) to +4 (most
 * positive), read from a published sentiment lexicon ({@code vader_lexicon.txt}, the VADER lexicon, MIT licence;
 * see the README beside it). A general signal of charged wording that needs no hand-made list.
 *
 * <p>Guarantees: a word the lexicon lacks has valence 0; an inflected form the lexicon lacks is looked up by its
 * base form ("panicked", "scaring", "grimly", "scandals"), never by a shorter stem than one ending removed;
 * every lookup is a few hash probes.
 */
public final class Valence {

    private final Map<String, Double> ratings;

    Valence(Map<String, Double> ratings) {
        this.ratings = Map.copyOf(ratings);
    }

    /** The lexicon shipped with the product. */
    public static Valence standard() {
        try (InputStream in = Valence.class.getResourceAsStream("vader_lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("vader_lexicon.txt is missing from this build");
            }
            Map<String, Double> map = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] parts = line.split("\t");
                if (parts.length >= 2 && isWord(parts[0])) {
                    map.put(parts[0], Double.parseDouble(parts[1].strip()));
                }
            }
            return new Valence(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only lower-case words are kept: the lexicon's emoticons and abbreviations never occur as news words. */
    private static boolean isWord(String s) {
        return s.length() >= 2 && s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z' || ch == '-' || ch == '\'');
    }

    /** The valence of a lower-case word as written or by its base form, 0 if the lexicon has neither. */
    public double of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Double found = ratings.get(w);
        for (int k = 0; found == null && k < ENDINGS.length; k += 2) {
            if (w.endsWith(ENDINGS[k]) && w.length() > ENDINGS[k].length() + 2) {
                String base = w.substring(0, w.length() - ENDINGS[k].length()) + ENDINGS[k + 1];
                found = ratings.get(base);
                if (found == null && doubled(base)) {
                    found = ratings.get(base.substring(0, base.length() - 1));
                }
            }
        }
        return found == null ? 0 : found;
    }

    /** Inflectional endings and what replaces them, tried in order: plural, past, participle, adverb. */
    private static final String[] ENDINGS = {
        "ies", "y", "es", "", "s", "", "ied", "y", "ed", "e", "ed", "", "ing", "e", "ing", "", "ily", "y", "ly", ""
    };

    /** "slapp" from "slapped": a doubled final consonant left by an ending. */
    private static boolean doubled(String s) {
        int n = s.length();
        return n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiou".indexOf(s.charAt(n - 1)) < 0;
    }
}
