package app.corroborate.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A run of two or more short, unpunctuated lines at the end of a page that have little to do with the story
 * (a "more news" list) is furniture. Relatedness is the share of a line's content words that the story uses.
 */
final class TrailingHeadlinesRule implements FurnitureRule {

    private static final Set<String> STOP = Set.of(
            "about", "after", "again", "against", "also", "among", "across", "amid", "before", "being", "between",
            "could", "during", "from", "have", "into", "more", "most", "over", "says", "said", "should", "since",
            "some", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "under",
            "until", "were", "what", "when", "where", "which", "while", "with", "would", "will", "your", "just");
    private static final double RELATED_ENOUGH = 0.5;

    @Override
    public void apply(Page page) {
        List<Integer> run = trailingRun(page);
        if (run.size() < 2) {
            return;
        }
        Set<String> story = storyWords(page, run);
        for (int i : run) {
            if (relatedness(page.text(i), story) < RELATED_ENOUGH) {
                page.mark(i, FurnitureReason.RELATED);
            }
        }
    }

    private static List<Integer> trailingRun(Page page) {
        List<Integer> run = new ArrayList<>();
        for (int i = page.size() - 1; i >= 0; i--) {
            if (page.marked(i)) {
                if (run.isEmpty()) {
                    continue;
                }
                break;
            }
            if (page.endsAsSentence(i) || page.words(i) > 20 || page.words(i) < 2) {
                break;
            }
            run.add(i);
        }
        return run;
    }

    private static Set<String> storyWords(Page page, List<Integer> run) {
        Set<String> words = new HashSet<>();
        Set<Integer> skip = new HashSet<>(run);
        for (int i = 0; i < page.size(); i++) {
            if (!page.marked(i) && !skip.contains(i)) {
                words.addAll(contentWords(page.text(i)));
            }
        }
        return words;
    }

    static double relatedness(String line, Set<String> story) {
        List<String> words = contentWords(line);
        if (words.isEmpty()) {
            return 1;
        }
        long shared = words.stream().filter(story::contains).count();
        return (double) shared / words.size();
    }

    static List<String> contentWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
