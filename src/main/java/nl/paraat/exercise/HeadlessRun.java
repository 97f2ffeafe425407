package nl.paraat.exercise;

import java.util.List;
import java.util.Locale;

/**
 * Plays an exercise without a screen: commands from a file at their recorded points, everything else
 * from the triggers and (for doctrine-played roles) the doctrine, up to a given model time.
 */
public final class HeadlessRun {
    private HeadlessRun() {
    }

    /**
     * Runs to {@code until} (inclusive), applying each command at its point: after exactly
     * {@code afterEvents} events when recorded, else before the events of its second. Commands after
     * {@code until} are not applied.
     *
     * @throws IllegalStateException if a recorded point cannot be reached (a journal of another run)
     */
    public static Exercise run(Exercise exercise, List<TimedCommand> commands, long until) {
        for (TimedCommand c : commands) {
            if (c.time() > until) {
                break;
            }
            if (c.afterEvents().isPresent()) {
                exercise.advanceTo(c.time(), c.afterEvents().getAsLong());
            } else {
                exercise.advanceTo(c.time());
            }
            exercise.apply(c.command());
        }
        exercise.runUntil(until);
        return exercise;
    }

    /** The machine-readable last line: {@code events=<n> injects=<n> decisions=<n> trace=<16 hex>}. */
    public static String summaryLine(Exercise e) {
        return String.format(Locale.ROOT, "events=%d injects=%d decisions=%d trace=%016x", e.eventsExecuted(),
            e.deliveries().size(), e.acceptedDecisions(), e.traceHash());
    }
}
