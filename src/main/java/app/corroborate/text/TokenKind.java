package app.corroborate.text;

/** What a token is. */
public enum TokenKind {
    /** Letters, with inner apostrophes, hyphens and dotted initials (don't, decades-long, U.S.). */
    WORD,
    /** A figure: digits with thousands separators or a decimal point, with a unit suffix (1,600; 3.5; 2nd). */
    NUMBER,
    /** Any other visible character, one per token (quotes, commas, currency signs). */
    PUNCT
}
