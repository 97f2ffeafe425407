package nl.paraat.exercise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import nl.paraat.exercise.clock.PacedClock;
import nl.paraat.exercise.journal.Outcome;

/**
 * The facilitator's clock controls, as commands. They are journaled like every other act (for the
 * timeline of the debrief) but do not change the model: replay ignores them, because the points where the
 * other commands were applied are journaled anyway.
 */
public final class ClockCommands {
    /** Prefix of every clock command type. */
    public static final String PREFIX = "clock.";
    public static final String PLAY = "clock.play";
    public static final String PAUSE = "clock.pause";
    /** {@code {"speed": 60}} */
    public static final String SPEED = "clock.speed";
    /** All events at the next event time, then paused. */
    public static final String STEP = "clock.step";
    /** {@code {"seconds": 3600}}: unpaced to now + seconds, then paused. */
    public static final String STEP_BY = "clock.stepBy";
    /** {@code {"ts": 86400}}: unpaced to that time, then on in the same mode. */
    public static final String JUMP = "clock.jump";
    /**
     * "No play": stop for a real-world incident. Pauses the clock and marks the exercise as stopped until
     * {@link #PLAY}. Journaled like every act; the model is not touched.
     */
    public static final String NO_PLAY = "clock.noplay";

    private ClockCommands() {
    }

    public static boolean isClock(String type) {
        return type.startsWith(PREFIX);
    }

    /** Applies a clock command to the clock; a bad one changes nothing and says why (Dutch / English). */
    static Outcome apply(PacedClock clock, Command c) {
        JsonNode p = c.params();
        try {
            switch (c.type()) {
                case PLAY -> clock.play();
                case PAUSE, NO_PLAY -> clock.pause();
                case SPEED -> clock.setSpeed(number(p, "speed"));
                case STEP -> clock.stepToNextEvent();
                case STEP_BY -> clock.stepBy(whole(p, "seconds"));
                case JUMP -> clock.jumpTo(whole(p, "ts"));
                default -> {
                    return Outcome.rejected("onbekende klokopdracht / unknown clock command: " + c.type());
                }
            }
            return Outcome.ACCEPTED;
        } catch (IllegalArgumentException e) {
            return Outcome.rejected("ongeldige klokopdracht / invalid clock command: " + e.getMessage());
        }
    }

    private static double number(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a number");
        }
        return v.doubleValue();
    }

    private static long whole(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (v == null || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number");
        }
        return v.longValue();
    }
}
