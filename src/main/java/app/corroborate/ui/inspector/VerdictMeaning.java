package app.corroborate.ui.inspector;

import app.corroborate.flag.FlagKind;
import app.corroborate.store.Verdict;

/**
 * What a verdict says about a flag of a given kind, in the editor's words: a verdict judges the version's text where
 * it differs from the base ("Verified" on loaded wording means the wording is fair, not that a change was found).
 * Pure; shown under the verdict buttons and on their tooltips.
 */
public final class VerdictMeaning {

    private VerdictMeaning() {}

    /** The meaning of {@code v} on a flag of {@code kind}. */
    public static String of(FlagKind kind, Verdict v) {
        return switch (v) {
            case VERIFIED -> verified(kind);
            case FALSE -> wrong(kind);
            case DISPUTED -> "sources or experts disagree, and it is not settled";
            case UNVERIFIABLE -> "it cannot be checked with what you have";
            case UNREVIEWED -> "not judged yet";
        };
    }

    private static String verified(FlagKind kind) {
        return switch (kind) {
            case NUMBER -> "the version's figure is right";
            case DATE -> "the version's date or time is right";
            case NAME_SPELLING -> "the version spells the name right";
            case QUOTE_ALTERED -> "the version quotes the speaker faithfully";
            case WORDING_LOADED -> "the version's wording is fair to the facts";
            case ATTRIBUTION -> "the version gives the claim to the right source";
            case SINGLE_SOURCE_CLAIM -> "the claim only this source makes is confirmed";
            case SENTENCE_DROPPED -> "the story is still accurate without it";
            case REWORDED -> "the rewording keeps the facts";
        };
    }

    private static String wrong(FlagKind kind) {
        return switch (kind) {
            case NUMBER -> "the version's figure is wrong";
            case DATE -> "the version's date or time is wrong";
            case NAME_SPELLING -> "the version misspells the name";
            case QUOTE_ALTERED -> "the version misquotes the speaker";
            case WORDING_LOADED -> "the version's wording misleads";
            case ATTRIBUTION -> "the version gives the claim to the wrong source";
            case SINGLE_SOURCE_CLAIM -> "the claim only this source makes is false";
            case SENTENCE_DROPPED -> "leaving it out misleads the reader";
            case REWORDED -> "the rewording changes the facts";
        };
    }

    /** The line under the verdict buttons: what the first two keys mean for this kind. */
    public static String hint(FlagKind kind) {
        return "1 Verified: " + verified(kind) + ". 2 False: " + wrong(kind) + ".";
    }
}
