package app.corroborate.source;

/**
 * What a source says about itself, each field null when absent.
 *
 * @param published an ISO date ({@code 2026-02-01}) when it could be read as one, else the text as written
 */
public record SourceMetadata(String title, String outlet, String published, String byline)
        implements java.io.Serializable {

    public static final SourceMetadata EMPTY = new SourceMetadata(null, null, null, null);

    /** This metadata with every absent field taken from {@code fallback}. */
    public SourceMetadata orElse(SourceMetadata fallback) {
        return new SourceMetadata(
                title != null ? title : fallback.title,
                outlet != null ? outlet : fallback.outlet,
                published != null ? published : fallback.published,
                byline != null ? byline : fallback.byline);
    }
}
