package app.corroborate.source;

import java.util.Locale;

/** Why a passage of visible text is page furniture rather than story text. */
public enum FurnitureReason {
    NAVIGATION,
    RELATED,
    CAPTION,
    BYLINE,
    COMMENTS,
    ADVERTISEMENT,
    LABEL,
    HEADLINE_REPEAT,
    /** The outlet's note about the article: a correction, a clarification, an editor's note, a syndication notice. */
    NOTE,
    OTHER;

    /** The lower-case, hyphenated name used in JSON and reports ({@code headline-repeat}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FurnitureReason fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
