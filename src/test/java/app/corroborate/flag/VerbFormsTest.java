package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbFormsTest {

    @Test
    void aRegularVerbGetsItsThirdPersonPastAndParticiple() {
        assertEquals(List.of("brush", "brushes", "brushed", "brushing"), VerbForms.of("brush"));
    }

    @Test
    void aFinalEIsDroppedBeforeIngAndKeptBeforeD() {
        assertEquals(List.of("stampede", "stampedes", "stampeded", "stampeding"), VerbForms.of("stampede"));
    }

    @Test
    void aFinalConsonantMayDoubleAndAFinalYAfterAConsonantBecomesI() {
        assertTrue(VerbForms.of("slam").containsAll(List.of("slammed", "slamming", "slams")));
        assertTrue(VerbForms.of("pocket").containsAll(List.of("pocketed", "pocketing")));
        assertTrue(VerbForms.of("parry").containsAll(List.of("parried", "parries", "parrying")));
    }

    @Test
    void aPhraseIsInflectedOnItsFirstWord() {
        assertTrue(VerbForms.of("plough into").containsAll(List.of("ploughed into", "ploughing into")));
        assertTrue(VerbForms.of("drag its feet").contains("dragged its feet"));
    }

    @Test
    void theListFindsAVerbMarkedTermInItsInflectedForms() {
        Lexicon lexicon = Lexicon.standard();
        assertEquals("charged-action", lexicon.classOf("ploughed into"));
        assertEquals("imputing", lexicon.classOf("brushed aside"));
        assertEquals(null, lexicon.classOf("brands"));
    }
}
