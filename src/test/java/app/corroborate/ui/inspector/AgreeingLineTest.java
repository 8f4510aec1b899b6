package app.corroborate.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AgreeingLineTest {

    @Test
    void aFactTheBaseDoesNotStateIsNotSaidToBeWhatTheBaseSays() {
        assertEquals(
                "2 independent sources say what the base says (copies of one wire text counted once)",
                InspectorView.agreeingLine(2, false));
        assertEquals(
                "1 independent source states it; the base does not (copies of one wire text counted once)",
                InspectorView.agreeingLine(1, true));
    }
}
