package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.ui.common.UndoHistory;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Undo and redo: nothing lost or duplicated, a new change clears redo, bounded. */
class UndoHistoryTest {

    @Test
    void undoRedoAndANewChange() {
        UndoHistory<String> h = new UndoHistory<>(2);
        h.record("a");
        h.record("b");
        h.record("c");
        assertEquals(Optional.of("c"), h.undo());
        assertEquals(Optional.of("b"), h.undo());
        assertFalse(h.canUndo(), "bounded to two changes");
        assertEquals(Optional.of("b"), h.redo());
        h.record("d");
        assertFalse(h.canRedo(), "a new change clears what was undone");
        assertEquals(Optional.of("d"), h.undo());
        h.restoreUndo("d");
        assertTrue(h.canUndo());
        assertEquals(Optional.of("d"), h.undo());
    }
}
