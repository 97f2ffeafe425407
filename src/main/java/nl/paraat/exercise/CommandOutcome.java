package nl.paraat.exercise;

import nl.paraat.world.Text;

/**
 * What became of a command: accepted (with the model time its effect arrives) or rejected with a reason.
 *
 * @param effectiveAt model time the effect arrives (the current time for control commands)
 * @param reason      why it was rejected, null when accepted
 */
public record CommandOutcome(boolean accepted, long effectiveAt, Text reason) {
    public static CommandOutcome accepted(long at) {
        return new CommandOutcome(true, at, null);
    }

    public static CommandOutcome rejected(long at, Text reason) {
        return new CommandOutcome(false, at, reason);
    }

    public static CommandOutcome rejected(long at, String nl, String en) {
        return new CommandOutcome(false, at, new Text(nl, en));
    }
}
