package app.corroborate.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.ui.workbench.Place;
import java.util.Arrays;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlacesTest {

    private final Preferences root = Preferences.userRoot().node("app/corroborate-test/places-" + System.nanoTime());

    @AfterEach
    void clean() throws Exception {
        root.removeNode();
    }

    @Test
    void eachCaseKeepsItsOwnPlaceAndNoPathIsStored() throws Exception {
        Places places = new Places(root);
        places.of("/cases/a.corroborate").remember(new Place("s1", "f1"));
        places.of("/cases/b.corroborate").remember(new Place("s2", null));
        assertEquals(
                new Place("s1", "f1"),
                places.of("/cases/a.corroborate").recall().orElseThrow());
        assertEquals(
                new Place("s2", null),
                places.of("/cases/b.corroborate").recall().orElseThrow());
        assertTrue(places.of("/cases/c.corroborate").recall().isEmpty());
        String[] keys = root.node("places").keys();
        assertTrue(Arrays.stream(keys).noneMatch(k -> k.contains("cases")), Arrays.toString(keys));
    }

    @Test
    void theLeastRecentlyLeftCasesAreForgotten() throws Exception {
        Places places = new Places(root);
        for (int i = 0; i <= Places.KEPT + 2; i++) {
            places.of("/c/" + i).remember(new Place("s", "f"));
            Thread.sleep(1);
        }
        places.of("/c/opened-next");
        assertEquals(Places.KEPT, root.node("places").keys().length, "trimmed when a case is opened");
        assertTrue(places.of("/c/0").recall().isEmpty(), "the first case left is forgotten");
        assertTrue(places.of("/c/" + (Places.KEPT + 2)).recall().isPresent());
    }
}
