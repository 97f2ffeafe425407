package nl.paraat.exercise;

import java.util.OptionalLong;

/**
 * A command with the point it is applied at: model time, and (from a journal) the number of events
 * executed before it.
 *
 * @param line 1-based line of the file it came from (0 if none)
 */
public record TimedCommand(long time, OptionalLong afterEvents, Command command, int line) {
}
