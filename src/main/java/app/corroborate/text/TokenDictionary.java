package app.corroborate.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interns the normalised form of tokens to dense integer ids, so that two texts tokenised with the same
 * dictionary compare token by token with {@code ==}.
 *
 * <p>Guarantees: equal normalised forms get equal ids, different forms different ids; a String is created only
 * for a form not seen before. Amortised constant time per token. Not thread-safe: one per comparison.
 */
public final class TokenDictionary {

    private final List<String> forms = new ArrayList<>();
    private final List<char[]> chars = new ArrayList<>();
    private int[] table = new int[1 << 12];
    private int[] hashes = new int[1 << 12];
    private char[] buffer = new char[64];

    public TokenDictionary() {
        Arrays.fill(table, -1);
    }

    /** The id of the normalised form of {@code source[start, end)}. */
    public int intern(char[] source, int start, int end) {
        int n = fold(source, start, end);
        int hash = hash(buffer, n);
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int id = table[slot];
            if (id < 0) {
                return insert(slot, hash, n);
            }
            char[] form = chars.get(id);
            if (hashes[slot] == hash && same(form, n)) {
                return id;
            }
        }
    }

    /**
     * True if {@code form} is the buffer's first {@code n} chars: a plain loop, as tokens are a few chars long and
     * a library comparison's set-up (without the optimising compiler, its vectorised path runs as plain Java)
     * costs more than the comparing.
     */
    private boolean same(char[] form, int n) {
        if (form.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (form[i] != buffer[i]) {
                return false;
            }
        }
        return true;
    }

    /** Folds {@code source[start, end)} into the buffer; returns the folded length. */
    private int fold(char[] source, int start, int end) {
        if (buffer.length < end - start) {
            buffer = new char[Math.max(end - start, buffer.length * 2)];
        }
        int n = 0;
        for (int i = start; i < end; i++) {
            char f = Normalizer.fold(source[i]);
            if (f != Normalizer.DROP) {
                buffer[n++] = f;
            }
        }
        return n;
    }

    /** The id of an already normalised form. */
    public int intern(String normalizedForm) {
        return intern(normalizedForm.toCharArray(), 0, normalizedForm.length());
    }

    /**
     * Interns every form of {@code other} into this dictionary, in the other's id order; returns the map from
     * the other's ids to this dictionary's ids. Deterministic: the same dictionaries give the same map.
     */
    public int[] absorb(TokenDictionary other) {
        int[] map = new int[other.size()];
        for (int id = 0; id < map.length; id++) {
            char[] form = other.chars.get(id);
            map[id] = intern(form, 0, form.length);
        }
        return map;
    }

    /** The normalised form of token id {@code id}. */
    public String form(int id) {
        return forms.get(id);
    }

    public int size() {
        return forms.size();
    }

    private static int hash(char[] folded, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + folded[i];
        }
        return h ^ (h >>> 16);
    }

    private int insert(int slot, int hash, int n) {
        String form = new String(buffer, 0, n);
        int id = forms.size();
        forms.add(form);
        chars.add(form.toCharArray());
        table[slot] = id;
        hashes[slot] = hash;
        if (forms.size() * 2 > table.length) {
            grow();
        }
        return id;
    }

    private void grow() {
        int[] oldTable = table;
        int[] oldHashes = hashes;
        table = new int[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] >= 0) {
                int slot = oldHashes[i] & mask;
                while (table[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
