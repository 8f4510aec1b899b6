package app.corroborate.align;

import app.corroborate.text.Stemmer;
import app.corroborate.text.TokenDictionary;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Comparison keys for content words, so that sentence similarity sees through inflection and spelling variants:
 * every word has a light stem key (attacks, attackers, attacked: attack); a name (a word the text only ever
 * writes capitalised) also has a consonant-skeleton key, so transliterations meet (Sarfaraz/Sarfraz: srfrz).
 *
 * <p>Guarantees: keys are dense ids shared by all texts prepared with one instance; a key string is built once
 * per distinct token form. Used for similarity only; word diffs compare the tokens themselves.
 */
final class ContentKeys {

    private final TokenDictionary dictionary;
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] stemOf = new int[0];
    private int[] skeletonOf = new int[0];

    ContentKeys(TokenDictionary dictionary) {
        this.dictionary = dictionary;
    }

    int size() {
        return ids.size();
    }

    /** The stem key of token form {@code tokenId}. */
    int stem(int tokenId) {
        ensure(tokenId);
        if (stemOf[tokenId] < 0) {
            stemOf[tokenId] = key(stemText(dictionary.form(tokenId)));
        }
        return stemOf[tokenId];
    }

    /** The skeleton key of token form {@code tokenId}, or -1 for short words. */
    int skeleton(int tokenId) {
        ensure(tokenId);
        if (skeletonOf[tokenId] == -2) {
            String stem = stemText(dictionary.form(tokenId));
            skeletonOf[tokenId] = stem.length() >= 4 ? key("~" + skeletonText(stem)) : -1;
        }
        return skeletonOf[tokenId];
    }

    /** The id of a key already made, or -1. */
    int existing(String keyText) {
        Integer id = ids.get(keyText);
        return id == null ? -1 : id;
    }

    private int key(String text) {
        return ids.computeIfAbsent(text, k -> ids.size());
    }

    private void ensure(int tokenId) {
        if (tokenId >= stemOf.length) {
            int n = Math.max(tokenId + 1, stemOf.length * 2);
            int old = stemOf.length;
            stemOf = Arrays.copyOf(stemOf, n);
            skeletonOf = Arrays.copyOf(skeletonOf, n);
            Arrays.fill(stemOf, old, n, -1);
            Arrays.fill(skeletonOf, old, n, -2);
        }
    }

    static String stemText(String w) {
        return Stemmer.stem(w);
    }

    static String skeletonText(String stem) {
        StringBuilder b = new StringBuilder(stem.length());
        b.append(stem.charAt(0));
        for (int i = 1; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if ("aeiouy".indexOf(c) < 0 && c != b.charAt(b.length() - 1)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
