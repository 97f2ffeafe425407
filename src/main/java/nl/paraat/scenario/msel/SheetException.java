package nl.paraat.scenario.msel;

/** A spreadsheet file that cannot be read or written, with a message for people naming the file. */
public final class SheetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SheetException(String message) {
        super(message);
    }

    public SheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
