package app.corroborate.store;

/** A case file could not be opened or changed; the message is one line a person understands. */
public class CaseException extends Exception {

    public CaseException(String message) {
        super(message);
    }

    public CaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
