package nl.paraat.scenario;

/**
 * When an expected action must be done: a duration after the inject's delivery ({@code "2h"}) or an
 * absolute time ({@code "D+1 08:00"}).
 *
 * @param absolute true for an absolute time
 * @param seconds  seconds after delivery, or model time when absolute
 */
public record Deadline(boolean absolute, long seconds) {
    /** The model time of the deadline for an inject delivered at {@code deliveredAt}. */
    public long dueAt(long deliveredAt) {
        return absolute ? seconds : deliveredAt + seconds;
    }

    /** As written in a scenario file. */
    public String format(ScenarioTime time) {
        return absolute ? time.format(seconds) : ScenarioDuration.format(seconds);
    }

    /**
     * Reads a deadline: a D-time (starting with {@code D}) or a duration.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static Deadline parse(String text, ScenarioTime time) {
        if (ScenarioTime.looksLikeTime(text)) {
            return new Deadline(true, time.parse(text));
        }
        try {
            return new Deadline(false, ScenarioDuration.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a deadline: " + ScenarioDuration.EXPECTED
                + " after delivery, or a time like \"D+1 08:00\"; found \"" + text + "\"");
        }
    }
}
