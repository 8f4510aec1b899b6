package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ValenceTest {

    private final Valence small = new Valence(Map.of("scare", -2.0, "grim", -2.7, "stop", -1.0, "scandal", -1.9));

    @Test
    void anInflectedFormIsReadByItsBaseForm() {
        assertEquals(-2.0, small.of("scared"));
        assertEquals(-2.0, small.of("scaring"));
        assertEquals(-2.7, small.of("grimly"));
        assertEquals(-1.9, small.of("scandals"));
        assertEquals(-1.0, small.of("stopped"), "a doubled consonant before the ending");
        assertEquals(-2.7, small.of("Grim"), "looked up in lower case");
    }

    @Test
    void anUnknownWordIsNeutral() {
        assertEquals(0, small.of("harbour"));
        assertEquals(0, small.of("s"));
    }

    @Test
    void theShippedLexiconIsReadWithoutItsEmoticons() {
        Valence standard = Valence.standard();
        assertTrue(standard.of("terrified") <= -ConnotationShift.CHARGED);
        assertTrue(standard.of("pleased") > 0);
        assertEquals(0, standard.of(":)"));
    }
}
