package nl.paraat.cli;

/** A mistake in what the user asked for or gave (a missing file, a bad option): shown as one clear line. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
