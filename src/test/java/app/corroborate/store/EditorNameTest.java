package app.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class EditorNameTest {

    @Test
    void defaultsToTheOsUserAndFollowsThePreference() throws Exception {
        Preferences node = Preferences.userRoot().node("app/corroborate/test-" + System.nanoTime());
        try {
            EditorName name = new EditorName(node);
            assertEquals(System.getProperty("user.name"), name.current());
            name.set("  Mara Holt ");
            assertEquals("Mara Holt", name.current());
        } finally {
            node.removeNode();
        }
    }
}
