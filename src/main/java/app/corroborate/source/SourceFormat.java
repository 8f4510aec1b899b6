package app.corroborate.source;

import java.util.Locale;

/** The format of a source as sniffed from its content. */
public enum SourceFormat {
    HTML,
    TEXT,
    PDF,
    /** A news feed (RSS or Atom): one item read as the story. */
    FEED,
    /** An e-mail message saved as a file: its text part (or HTML part) read as the story. */
    MAIL,
    /** A broadcast's subtitles (WebVTT or SubRip): what was said, read as running prose. */
    SUBTITLES,
    /** An article exported as JSON: its headline, standfirst and body read as a page. */
    JSON;

    /** The lower-case name used in JSON and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
