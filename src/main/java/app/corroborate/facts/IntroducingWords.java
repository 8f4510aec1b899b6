package app.corroborate.facts;

import app.corroborate.text.LowerForms;
import app.corroborate.text.TokenDictionary;
import app.corroborate.text.Tokens;
import app.corroborate.text.WordLists;
import java.util.Arrays;
import java.util.Set;

/**
 * Whether a token can introduce an attribution: a verb of saying, of appeal ("called") or of finding ("found").
 * Answered once per token id of a dictionary, as most tokens of a story are none and the question is asked of every
 * token.
 *
 * <p>Guarantees: the same answer as asking the word lists of the token's lower-case form; not thread-safe (one
 * finder reads one source on one thread).
 */
final class IntroducingWords {

    private final TokenDictionary dictionary;
    private final LowerForms lower;
    private final Set<String> finding;
    /** By token id: 0 not yet asked, 1 a word that can introduce an attribution, 2 one that cannot. */
    private byte[] known = new byte[0];

    IntroducingWords(TokenDictionary dictionary, LowerForms lower, Set<String> finding) {
        this.dictionary = dictionary;
        this.lower = lower;
        this.finding = finding;
    }

    /** True if token {@code i} of {@code tokens} can introduce an attribution. */
    boolean at(Tokens tokens, int i) {
        int id = tokens.id(i);
        if (id >= known.length) {
            known = Arrays.copyOf(known, Math.max(id + 1, dictionary.size()));
        }
        if (known[id] == 0) {
            String f = lower.of(tokens, i);
            boolean may = WordLists.SPEECH_VERBS.contains(f)
                    || finding.contains(f)
                    || f.equals("called")
                    || f.equals("calls")
                    || f.equals("calling");
            known[id] = (byte) (may ? 1 : 2);
        }
        return known[id] == 1;
    }
}
