package nl.paraat.exercise.clock;

/**
 * Wall time for pacing, in nanoseconds from an arbitrary origin (as {@link System#nanoTime()}). Injected so
 * pacing is tested without sleeping ({@link ManualTimeSource}).
 */
@FunctionalInterface
public interface TimeSource {
    /** The current wall time in nanoseconds; never decreases. */
    long nanoTime();

    /** The machine's monotonic clock. */
    static TimeSource system() {
        return System::nanoTime;
    }
}
