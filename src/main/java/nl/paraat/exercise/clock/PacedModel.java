package nl.paraat.exercise.clock;

/**
 * What the {@link PacedClock} drives: a discrete-event model that can tell its next event time, execute
 * one event, and move its clock forward over a stretch without events. The exercise core implements it
 * (through its simulator); {@link SimulatorModel} adapts a bare engine simulator.
 */
public interface PacedModel {
    /** Returned by {@link #nextEventTime()} when no event is pending. */
    long NO_EVENT = Long.MAX_VALUE;

    /** The model's simulated time, seconds since T0. */
    long now();

    /** Number of events executed so far (the journal records it as a command's {@code afterEvents}). */
    long eventsExecuted();

    /** The time of the next pending event, or {@link #NO_EVENT}. */
    long nextEventTime();

    /** Executes the next pending event (the one at {@link #nextEventTime()}). */
    void step();

    /**
     * Moves the clock to {@code time} without executing anything. Called only with no event pending
     * at or before {@code time}.
     */
    void advanceTo(long time);
}
