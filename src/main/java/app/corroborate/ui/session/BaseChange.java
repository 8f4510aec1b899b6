package app.corroborate.ui.session;

/** Another source made the base; undo makes the earlier one the base again. */
public record BaseChange(String before, String after) implements Change {

    @Override
    public String description() {
        return "change of base";
    }
}
