package nl.paraat.exercise.journal;

import java.nio.file.Path;

/**
 * Something about a journal that people should know but that does not stop it from being used: a torn
 * last line that was (or in read-only use: would be) cut off.
 *
 * @param file    the journal
 * @param line    the first line concerned, 1-based (the header is line 1)
 * @param message the whole message, naming file and line
 */
public record JournalWarning(Path file, int line, String message) {
    @Override
    public String toString() {
        return message;
    }
}
