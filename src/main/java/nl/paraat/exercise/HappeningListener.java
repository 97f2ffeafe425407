package nl.paraat.exercise;

/** Told about each happening as it happens, on the thread that runs the exercise. */
@FunctionalInterface
public interface HappeningListener {
    void on(Happening happening);
}
