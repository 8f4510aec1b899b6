package app.corroborate.facts;

import app.corroborate.text.Stemmer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a figure counts, read from the words around it and named by a concept (deaths, injuries, the missing,
 * workers ...) from {@code count-concepts.txt}: so that "killed at least 115" and "the death toll has jumped to
 * 63" are seen to count the same thing in two reports that share no sentence.
 *
 * <p>Guarantees: only words of the figure's own sentence within {@value #WINDOW} words of it are read; a figure
 * near no concept word has no concept.
 */
public final class Counts {

    /** Words either side of a figure that may say what it counts ("the death toll has jumped to 63"). */
    static final int WINDOW = 5;
    private static final Map<String, String> CONCEPTS = read();

    private Counts() {
    }

    /** The concepts of the words near a figure of a sentence of {@code doc}. */
    public static Set<String> of(DocumentAnalysis doc, Figures.Figure f) {
        SentenceInfo s = doc.sentenceAt(f.phrase().span().start());
        Set<String> out = new TreeSet<>();
        if (s == null) {
            return out;
        }
        int[] r = doc.tokenRange(f.span());
        for (int i = Math.max(s.tokenFrom(), r[0] - WINDOW); i < Math.min(s.tokenTo(), r[1] + WINDOW); i++) {
            String concept = CONCEPTS.get(Stemmer.stem(doc.form(i)));
            if (concept != null) {
                out.add(concept);
            }
        }
        return out;
    }

    /** Nouns for people in general: a count of them says nothing of what it counts beyond the words around it. */
    private static final Set<String> ANYONE = Set.of("peopl", "people", "person", "persons", "other", "others",
            "individu", "individual", "individuals");

    /**
     * True if two figures' units allow them to count one thing: either has none, they share one, or both count
     * people in general ("150 people", "120 others"). A measure ("magnitude 6.4") never counts victims.
     */
    public static boolean comparableUnits(Figures.Figure a, Figures.Figure b) {
        return a.unit().isEmpty() || b.unit().isEmpty() || a.sameUnit(b)
                || counted(a) && counted(b);
    }

    private static boolean counted(Figures.Figure f) {
        return f.unit().stream().allMatch(u -> ANYONE.contains(u) || CONCEPTS.containsKey(u));
    }

    private static Map<String, String> read() {
        try (InputStream in = Counts.class.getResourceAsStream("count-concepts.txt")) {
            if (in == null) {
                throw new IllegalStateException("count-concepts.txt is missing from this build");
            }
            Map<String, String> out = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] parts = line.split("\t");
                if (!line.startsWith("#") && parts.length == 2) {
                    for (String w : parts[1].strip().split("\\s+")) {
                        out.put(Stemmer.stem(w), parts[0].strip());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
