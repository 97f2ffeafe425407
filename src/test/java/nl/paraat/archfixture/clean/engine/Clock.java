package nl.paraat.archfixture.clean.engine;

/** Fixture: an engine that uses StrictMath and no wall time. */
public final class Clock {
    private long now;

    public long now() {
        return now + (long) StrictMath.exp(1);
    }
}
