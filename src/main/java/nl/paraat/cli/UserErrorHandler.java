package nl.paraat.cli;

import picocli.CommandLine;

/**
 * Turns an exception escaping a command into a one-line message on stderr and exit code 1 (2 for an
 * internal error). A user's mistake is reported as {@link UserError} with a message written for people;
 * nobody sees a stack trace unless {@code PARAAT_DEBUG} is set.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (ex instanceof UserError ue) {
            cl.getErr().println("paraat: " + ue.getMessage());
            return 1;
        }
        cl.getErr().println("paraat: internal error: " + ex.getMessage());
        if (System.getenv("PARAAT_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        } else {
            cl.getErr().println("(set PARAAT_DEBUG=1 to see the details)");
        }
        return 2;
    }
}
