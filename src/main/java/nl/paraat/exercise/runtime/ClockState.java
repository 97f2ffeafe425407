package nl.paraat.exercise.runtime;

/**
 * The clock as the facilitator's screen shows it, published with every frame.
 *
 * @param simTime    simulated time the model has reached, seconds since T0
 * @param speed      simulated seconds per wall second
 * @param paused     true when paused (also during "no play")
 * @param catchingUp true while a step or jump runs unpaced
 * @param lagMillis  how far the model is behind the paced target, wall milliseconds (never skipped)
 * @param noPlay     true after a "no play" (a real-world incident) until play resumes
 * @param ended      true once play has ended (ENDEX or closed)
 */
public record ClockState(long simTime, double speed, boolean paused, boolean catchingUp, long lagMillis,
                         boolean noPlay, boolean ended) {
}
