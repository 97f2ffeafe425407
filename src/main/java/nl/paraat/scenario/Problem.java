package nl.paraat.scenario;

import java.util.Comparator;

/**
 * One mistake in an input file, shown to a person as {@code file:line:column: message (at $.json.path)}.
 *
 * @param file   the file as the user named it
 * @param line   1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param message what is wrong and what was expected, written for people
 * @param path   the JSON path ({@code $.injects[5].recipients[0]}), or empty when it does not apply
 */
public record Problem(String file, int line, int column, String message, String path) {
    /** Order of reporting: by position in the file, then by message. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing(Problem::file)
        .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::message);

    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column + ": " + message;
        return path == null || path.isEmpty() ? where : where + " (at " + path + ")";
    }
}
