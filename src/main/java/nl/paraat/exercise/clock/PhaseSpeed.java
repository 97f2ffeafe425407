package nl.paraat.exercise.clock;

/**
 * A phase's default speed: from simulated time {@code from} on, play at {@code speed} unless the
 * facilitator changes it (until the next phase with a default speed is reached).
 *
 * @param from  the phase's start, seconds since T0
 * @param speed simulated seconds per wall second
 */
public record PhaseSpeed(long from, double speed) {
    public PhaseSpeed {
        PacedClock.checkSpeed(speed);
    }
}
