package app.corroborate.ui.claims;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;

/**
 * A cell of the matrix that repaints when a property of its row changes (a verdict set, a flag reviewed), without
 * waiting for the table to lay out again.
 *
 * <p>Guarantees: the cell listens to the row it shows only, and lets go of a row it no longer shows; {@code paint}
 * gets null when the cell is empty.
 */
final class LiveCell extends TableCell<ClaimRow, ClaimRow> {

    private final Function<ClaimRow, ObservableValue<?>> watched;
    private final BiConsumer<LiveCell, ClaimRow> paint;
    private final ChangeListener<Object> repaint = (o, was, now) -> paint();
    private ClaimRow shown;

    LiveCell(Function<ClaimRow, ObservableValue<?>> watched, BiConsumer<LiveCell, ClaimRow> paint) {
        this.watched = watched;
        this.paint = paint;
    }

    @Override
    protected void updateItem(ClaimRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown != null) {
            watched.apply(shown).removeListener(repaint);
        }
        shown = empty ? null : row;
        if (shown != null) {
            watched.apply(shown).addListener(repaint);
        }
        paint();
    }

    private void paint() {
        paint.accept(this, shown);
    }
}
