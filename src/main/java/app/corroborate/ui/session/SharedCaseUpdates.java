package app.corroborate.ui.session;

import app.corroborate.store.CaseChange;
import app.corroborate.store.CaseListener;
import app.corroborate.store.Target;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Hands the store's notices about a shared case to the window's thread: changes made by other windows (never
 * this window's own, which it already shows), coalesced so that a burst of changes is one reload, and the
 * connection's loss and return.
 */
final class SharedCaseUpdates implements CaseListener {

    private final Consumer<Boolean> reload;
    private final BiConsumer<Boolean, String> connection;
    private final Consumer<Runnable> onUiThread;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean sources = new AtomicBoolean();

    /**
     * @param reload     reads the case again; its argument tells whether sources changed (a new analysis)
     * @param connection told {@code (false, why)} when the server is lost and {@code (true, ...)} when it is back
     */
    SharedCaseUpdates(Consumer<Boolean> reload, BiConsumer<Boolean, String> connection, Consumer<Runnable> onUiThread) {
        this.reload = reload;
        this.connection = connection;
        this.onUiThread = onUiThread;
    }

    @Override
    public void changed(CaseChange change) {
        if (change.mine()) {
            return;
        }
        if (change.target() == Target.SOURCE || change.target() == Target.CASE) {
            sources.set(true);
        }
        if (pending.compareAndSet(false, true)) {
            onUiThread.accept(() -> {
                pending.set(false);
                reload.accept(sources.getAndSet(false));
            });
        }
    }

    @Override
    public void connection(boolean up, String message) {
        onUiThread.accept(() -> connection.accept(up, up ? "" : message + "."));
    }
}
