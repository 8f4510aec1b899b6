package app.corroborate.review;

/** Long work stopped because the editor cancelled it; nothing it would have produced was kept. */
public final class CancelledException extends Exception {

    public CancelledException() {
        super("cancelled");
    }
}
