package nl.paraat.exercise.clock;

import java.util.Objects;
import nl.paraat.engine.Simulator;

/**
 * A {@link PacedModel} over a bare engine {@link Simulator}; models written directly on a simulator extend it
 * (and may override {@link #step()}).
 */
public class SimulatorModel implements PacedModel {
    private final Simulator sim;

    public SimulatorModel(Simulator sim) {
        this.sim = Objects.requireNonNull(sim, "sim");
    }

    public Simulator simulator() {
        return sim;
    }

    @Override
    public long now() {
        return sim.now();
    }

    @Override
    public long eventsExecuted() {
        return sim.eventsExecuted();
    }

    @Override
    public long nextEventTime() {
        return sim.peekTime();
    }

    @Override
    public void step() {
        sim.step();
    }

    @Override
    public void advanceTo(long time) {
        sim.advanceTo(time);
    }
}
