package app.corroborate.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The lower-case form of each token of a dictionary, made once per token id and kept.
 *
 * <p>Guarantees: {@link #of} equals {@code dictionary.form(id).toLowerCase(Locale.ROOT)}; not thread-safe (one
 * finder reads one source on one thread).
 */
public final class LowerForms {

    private final TokenDictionary dictionary;
    private String[] byId = new String[0];

    public LowerForms(TokenDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The lower-case form of token {@code i} of {@code tokens}. */
    public String of(Tokens tokens, int i) {
        int id = tokens.id(i);
        if (id >= byId.length) {
            byId = Arrays.copyOf(byId, Math.max(id + 1, dictionary.size()));
        }
        String f = byId[id];
        if (f == null) {
            f = dictionary.form(id).toLowerCase(Locale.ROOT);
            byId[id] = f;
        }
        return f;
    }
}
