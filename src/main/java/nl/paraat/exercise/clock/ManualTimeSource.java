package nl.paraat.exercise.clock;

/** A time source that moves only when told to, for tests. Thread-safe. */
public final class ManualTimeSource implements TimeSource {
    private volatile long nanos;

    public ManualTimeSource(long startNanos) {
        this.nanos = startNanos;
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    /** Moves the time forward. */
    public synchronized void advance(long deltaNanos) {
        if (deltaNanos < 0) {
            throw new IllegalArgumentException("time never goes back: " + deltaNanos);
        }
        nanos += deltaNanos;
    }

    /** Moves the time forward by whole milliseconds. */
    public void advanceMillis(long millis) {
        advance(millis * 1_000_000L);
    }
}
