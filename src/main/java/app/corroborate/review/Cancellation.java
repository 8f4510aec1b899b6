package app.corroborate.review;

/**
 * Asks long work to stop. Work checks it between its steps and ends with {@link CancelledException}; a thread
 * interrupt counts as a cancellation too.
 */
@FunctionalInterface
public interface Cancellation {

    /** Never cancelled, except by interrupting the thread. */
    Cancellation NONE = () -> false;

    boolean requested();

    /** Throws when cancellation was requested or the thread was interrupted. */
    default void check() throws CancelledException {
        if (requested() || Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }
}
