package app.corroborate.store;

/**
 * Hears about changes to a shared case made by other windows and commands, and about the store's connection.
 * Called on a background thread of the store: a window hands the call to its own thread.
 */
public interface CaseListener {

    void changed(CaseChange change);

    /** The connection to the case's server was lost ({@code up} false, with why) or is back ({@code up} true). */
    default void connection(boolean up, String message) {}

    /** Stops the calls to one listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
