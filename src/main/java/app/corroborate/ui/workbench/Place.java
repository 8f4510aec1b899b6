package app.corroborate.ui.workbench;

import java.util.Optional;

/**
 * Where the editor was in a case: the compared source and the selected flag (either may be null).
 *
 * @param sourceId the id of the compared source in the case file
 * @param flagId   the id of the flag shown in the inspector
 */
public record Place(String sourceId, String flagId) {

    /** Where the editor was when the case was last shown, and where it is now. */
    public interface Memory {

        /** Nowhere: nothing is recalled, nothing is kept. */
        Memory NONE = new Memory() {
            @Override
            public Optional<Place> recall() {
                return Optional.empty();
            }

            @Override
            public void remember(Place place) {}
        };

        Optional<Place> recall();

        void remember(Place place);
    }
}
