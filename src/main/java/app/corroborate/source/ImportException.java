package app.corroborate.source;

/** A file could not be imported as a source; the message is one line a person understands. */
public class ImportException extends Exception {

    private final String file;

    public ImportException(String file, String reason) {
        super(reason);
        this.file = file;
    }

    public ImportException(String file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** "FILE: reason", ready for one line on stderr. */
    public String describe() {
        return file + ": " + getMessage();
    }
}
