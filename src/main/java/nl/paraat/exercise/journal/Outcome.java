package nl.paraat.exercise.journal;

import java.util.Objects;

/**
 * What became of a command: accepted, or rejected with the reason that was shown to the player.
 *
 * @param accepted true if the command was applied
 * @param reason   why it was rejected; null when accepted
 */
public record Outcome(boolean accepted, String reason) {
    /** The command was applied. */
    public static final Outcome ACCEPTED = new Outcome(true, null);

    public Outcome {
        if (accepted && reason != null) {
            throw new IllegalArgumentException("an accepted outcome has no reason");
        }
        if (!accepted) {
            Objects.requireNonNull(reason, "a rejected outcome needs a reason");
        }
    }

    public static Outcome rejected(String reason) {
        return new Outcome(false, reason);
    }
}
