package app.corroborate.review;

/** The product's version, recorded in verdict snapshots and summaries: the jar's, or the source tree's in a build. */
public final class ProductVersion {

    /** The version of a build run from its classes rather than its jar. */
    public static final String DEVELOPMENT = "0.1.0-SNAPSHOT";

    private ProductVersion() {}

    public static String current() {
        String v = ProductVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? DEVELOPMENT : v;
    }
}
