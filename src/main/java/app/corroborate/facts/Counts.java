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
    /** Filled by {@link #read()}, so declared before it runs. */
    private static final Set<String> WHO = new java.util.HashSet<>();

    private static final Map<String, String> CONCEPTS = read();

    private Counts() {}

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

    /**
     * What the words around a figure say of it, beyond its unit: the stems of the nearest {@value #CONTEXT_WORDS}
     * content words (letters only, {@value #CONTEXT_LETTERS} or more, function words skipped) on each side of it
     * in its clause. "at least five were trapped inside" gives {trap, insid, ...}; "seven workers managed to
     * escape" gives {manag, escap, ...}.
     */
    public static Set<String> context(DocumentAnalysis doc, Figures.Figure f) {
        SentenceInfo s = doc.sentenceAt(f.phrase().span().start());
        Set<String> out = new TreeSet<>();
        if (s == null) {
            return out;
        }
        int[] r = doc.tokenRange(f.span());
        int taken = 0;
        for (int i = r[0] - 1; i >= s.tokenFrom() && taken < CONTEXT_WORDS && !clauseEnd(doc, i); i--) {
            taken += addContent(doc, i, out) ? 1 : 0;
        }
        taken = 0;
        for (int i = r[1]; i < s.tokenTo() && taken < CONTEXT_WORDS; i++) {
            if (clauseEnd(doc, i)) {
                if (i + 1 >= s.tokenTo() || !APPOSITION.contains(doc.form(i + 1))) {
                    break;
                }
                for (i++; i < s.tokenTo() && !clauseEnd(doc, i); i++) {
                    // an apposition ("18 workers, including two minors, were sleeping") says who, not what
                }
                continue;
            }
            taken += addContent(doc, i, out) ? 1 : 0;
        }
        return out;
    }

    /** Words that open an apposition after a count: what follows it up to the next comma describes the count. */
    private static final Set<String> APPOSITION =
            Set.of("including", "among", "most", "many", "some", "all", "both", "mostly", "mainly", "half");

    /** A comma, semicolon, colon or dash ends the clause that speaks of a figure. */
    private static boolean clauseEnd(DocumentAnalysis doc, int i) {
        String w = doc.form(i);
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("\u2013");
    }

    private static boolean addContent(DocumentAnalysis doc, int i, Set<String> out) {
        String w = doc.form(i);
        if (w.length() >= CONTEXT_LETTERS
                && w.chars().allMatch(Character::isLetter)
                && !ContentWords.FUNCTION.contains(w)) {
            out.add(Stemmer.stem(w));
            return true;
        }
        return false;
    }

    /** Content words read on each side of a figure: about a clause's worth. */
    static final int CONTEXT_WORDS = 4;

    /** Shorter words around a figure ("at", "was", "of") say nothing of what it counts. */
    static final int CONTEXT_LETTERS = 4;

    /** The concepts that name who is counted (workers), not what happened to them. */
    public static boolean who(String concept) {
        return WHO.contains(concept);
    }

    /** Nouns for people in general: a count of them says nothing of what it counts beyond the words around it. */
    private static final Set<String> ANYONE =
            Set.of("peopl", "people", "person", "persons", "other", "others", "individu", "individual", "individuals");

    /**
     * True if two figures' units allow them to count one thing: either has none, they share one, or both count
     * people in general ("150 people", "120 others"). A measure ("magnitude 6.4") never counts victims.
     */
    public static boolean comparableUnits(Figures.Figure a, Figures.Figure b) {
        return a.unit().isEmpty() || b.unit().isEmpty() || a.sameUnit(b) || counted(a) && counted(b);
    }

    /** The figure counts people or things the concept list knows ("25 people", "14 cattle"). */
    public static boolean counted(Figures.Figure f) {
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
                if (!line.startsWith("#")
                        && parts.length == 3
                        && parts[2].strip().equals("who")) {
                    WHO.add(parts[0].strip());
                }
                if (!line.startsWith("#") && parts.length >= 2) {
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
