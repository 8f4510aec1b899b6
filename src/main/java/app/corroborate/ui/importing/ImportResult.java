package app.corroborate.ui.importing;

import java.util.List;

/**
 * What an import did: the files added to the case, and each refused file with its reason (one line each).
 *
 * @param cancelled true when the editor stopped it before every file was read
 */
public record ImportResult(List<String> added, List<Refusal> refused, boolean cancelled) {

    public ImportResult {
        added = List.copyOf(added);
        refused = List.copyOf(refused);
    }

    /** A file that was not imported and why. */
    public record Refusal(String file, String reason) {}

    /** "2 sources added; 1 file refused". */
    public String summary() {
        String a = added.size() + (added.size() == 1 ? " source added" : " sources added");
        String r = refused.isEmpty()
                ? ""
                : "; " + refused.size() + (refused.size() == 1 ? " file" : " files") + " refused";
        return a + r + (cancelled ? "; the rest was cancelled" : "");
    }
}
