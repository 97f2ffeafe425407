package nl.paraat.world;

/** Called inside the simulation right after each indicator sample. */
@FunctionalInterface
public interface SampleListener {
    void onSample(long time);
}
