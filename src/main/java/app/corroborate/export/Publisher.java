package app.corroborate.export;

import java.util.prefs.Preferences;

/**
 * The organisation that publishes the fact checks (the ClaimReview's author): preferences
 * {@code organisation.name} and {@code organisation.url} of the product's node.
 *
 * @param name null when not set (the case's editor then signs as a person)
 * @param url  null when not set
 */
public record Publisher(String name, String url) {

    public static final Publisher NONE = new Publisher(null, null);

    public static Publisher fromUserPreferences() {
        return from(Preferences.userRoot().node("app/corroborate"));
    }

    public static Publisher from(Preferences preferences) {
        return new Publisher(
                blankToNull(preferences.get("organisation.name", null)),
                blankToNull(preferences.get("organisation.url", null)));
    }

    /** This publisher with each given (non-blank) value in place of its own. */
    public Publisher with(String newName, String newUrl) {
        return new Publisher(
                newName != null && !newName.isBlank() ? newName.strip() : name,
                newUrl != null && !newUrl.isBlank() ? newUrl.strip() : url);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
