package app.corroborate.review;

import app.corroborate.source.SourceDocument;
import app.corroborate.text.Span;

/** Counts the words of a source's story text: runs of letters or digits inside its sentences. Linear. */
final class WordCount {

    private WordCount() {}

    static int story(SourceDocument doc) {
        int words = 0;
        String text = doc.text();
        for (Span s : doc.sentences()) {
            boolean inWord = false;
            for (int i = s.start(); i < s.end(); i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words;
    }
}
