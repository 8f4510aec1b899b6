package app.corroborate.flag;

import java.util.Locale;

/** The kinds of discrepancy a flag can report. */
public enum FlagKind {
    NUMBER,
    DATE,
    NAME_SPELLING,
    QUOTE_ALTERED,
    WORDING_LOADED,
    ATTRIBUTION,
    SINGLE_SOURCE_CLAIM,
    SENTENCE_DROPPED,
    /** Neutral rewording that keeps the facts: shown for completeness, never a factual discrepancy. */
    REWORDED;

    /** Lower-case, hyphenated name used in JSON ({@code name-spelling}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean factual() {
        return this != REWORDED;
    }

    public static FlagKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
