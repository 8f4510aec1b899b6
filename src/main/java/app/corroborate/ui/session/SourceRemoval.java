package app.corroborate.ui.session;

/** A source taken out of the comparison (kept in the case); undo restores it, as the base when it was. */
public record SourceRemoval(String sourceId, String label, boolean wasBase) implements Change {

    @Override
    public String description() {
        return "removal of " + label;
    }
}
