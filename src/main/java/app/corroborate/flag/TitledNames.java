package app.corroborate.flag;

import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.facts.Spelling;
import app.corroborate.text.NameFinder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The titles a story gives its named people ("Chief Magistrate Beatrice Akoth Olang'o"): a version that calls the
 * speaker by the title alone ("the magistrate said") names the same person the base names ("Olang'o said").
 *
 * <p>Guarantees: the words written with each name word are read once per document; a description counts only when
 * every word of it is written with all of the base speaker's name words in one of the story's names, and it holds no
 * name of its own.
 */
final class TitledNames {

    private TitledNames() {}

    /**
     * True if the version's speaker, a description without a name ({@code described}, its words), is a title the
     * base writes with the base speaker's name ({@code named}, its name words).
     */
    static boolean describes(
            DocumentAnalysis base, Set<String> named, Set<String> describedNames, Set<String> described) {
        if (named.isEmpty() || !describedNames.isEmpty() || described.isEmpty()) {
            return false;
        }
        Map<String, Set<String>> with =
                base.memo(Index.class, TitledNames::index).withWord();
        for (String w : named) {
            Set<String> beside = with.get(w);
            if (beside == null || !beside.containsAll(described)) {
                return false;
            }
        }
        return true;
    }

    private record Index(Map<String, Set<String>> withWord) {}

    /** For each word of a name, the plain words written in the same name anywhere in the document. */
    private static Index index(DocumentAnalysis doc) {
        Map<String, Set<String>> out = new HashMap<>();
        for (SentenceInfo s : doc.sentences()) {
            for (NameFinder.Name n : s.names()) {
                Set<String> words = new HashSet<>();
                n.words().forEach(w -> words.add(Spelling.plain(w)));
                for (String w : words) {
                    out.computeIfAbsent(w, k -> new HashSet<>()).addAll(words);
                }
            }
        }
        return new Index(out);
    }
}
