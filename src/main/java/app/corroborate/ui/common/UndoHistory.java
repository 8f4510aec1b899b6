package app.corroborate.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The editor's changes that can be undone and redone, newest first. A new change clears what was undone.
 *
 * <p>Guarantees: {@link #undo} returns the change to reverse and moves it to the redo side; {@link #redo} the
 * reverse; nothing is lost or duplicated between the two sides. Bounded to {@code limit} changes.
 */
public final class UndoHistory<C> {

    private final Deque<C> done = new ArrayDeque<>();
    private final Deque<C> undone = new ArrayDeque<>();
    private final int limit;

    public UndoHistory(int limit) {
        this.limit = limit;
    }

    public void record(C change) {
        done.push(change);
        undone.clear();
        while (done.size() > limit) {
            done.removeLast();
        }
    }

    /** The change to reverse, now redoable. */
    public Optional<C> undo() {
        C c = done.poll();
        if (c != null) {
            undone.push(c);
        }
        return Optional.ofNullable(c);
    }

    /** The change to apply again, now undoable. */
    public Optional<C> redo() {
        C c = undone.poll();
        if (c != null) {
            done.push(c);
        }
        return Optional.ofNullable(c);
    }

    /** Puts back a change whose undo or redo could not be applied. */
    public void restoreUndo(C change) {
        undone.remove(change);
        done.push(change);
    }

    public void restoreRedo(C change) {
        done.remove(change);
        undone.push(change);
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }
}
