package app.corroborate.web;

import app.corroborate.source.ImportException;

/** A page could not be fetched; the message is one line a person understands and names no internals. */
public final class WebException extends ImportException {

    public WebException(String address, String reason) {
        super(address, reason);
    }

    public WebException(String address, String reason, Throwable cause) {
        super(address, reason, cause);
    }
}
