package app.corroborate.store;

/** A write was attempted on a case opened read-only (it is open in another window, or the file is locked). */
public class ReadOnlyCaseException extends CaseException {

    public ReadOnlyCaseException(String message) {
        super(message);
    }
}
