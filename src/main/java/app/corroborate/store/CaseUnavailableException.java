package app.corroborate.store;

/**
 * The case's server cannot be reached (or the connection broke during the change): the change was refused and
 * not saved; it is never queued to be sent later. The store tries to reconnect on the next call.
 */
public final class CaseUnavailableException extends CaseException {

    public CaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
