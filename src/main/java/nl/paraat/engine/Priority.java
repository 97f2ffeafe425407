package nl.paraat.engine;

/**
 * Priority classes for events at the same simulated second. Lower ordinal runs first.
 *
 * <p>The order follows {@code design.md}: player and facilitator commands take effect before anything
 * else that second; outages happen before the work that depends on them; releases (a bed or a crew
 * freed) come before requests (a patient or a train asking for one), so a resource freed and claimed in
 * the same second is used; indicator sampling runs last and sees the state at the end of the second.
 * Within one class events run in the order they were scheduled (sequence number), which makes the
 * same-time order total.
 */
public enum Priority {
    /** Decisions and facilitator acts, applied at an exact point of the event sequence. */
    COMMAND,
    /** Failures, closures, sabotage: state goes down before dependants are evaluated. */
    OUTAGE,
    /** A resource becomes free (discharge, repair done, berth cleared). */
    RELEASE,
    /** A demand arrives or asks for a resource (arrivals, departures, requests). */
    REQUEST,
    /** Indicator sampling and condition triggers: see the state at the end of the second. */
    SAMPLE;

    private static final Priority[] VALUES = values();

    static {
        if (VALUES.length > 8) {
            throw new ExceptionInInitializerError("the simulator packs the priority class in 3 bits");
        }
    }

    /** The priority with the given ordinal. */
    public static Priority ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
