package nl.paraat.exercise.clock;

import java.util.ArrayList;
import java.util.List;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;
import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.Simulator;

/**
 * A small stochastic model on the engine for the pacing tests: arrivals (mean 90 s apart) that each hold
 * a resource for an exponential time (mean 600 s), occasional cancellations of a pending release, and an
 * hourly sample; several events share a second now and then.
 */
final class TestWorld {
    private TestWorld() {
    }

    static SimulatorModel create(long seed) {
        Simulator sim = new Simulator();
        RandomStreams streams = new RandomStreams(seed, 0);
        RandomStream arrivals = streams.stream("test/arrivals");
        RandomStream service = streams.stream("test/service");
        RandomStream cancel = streams.stream("test/cancel");
        List<Long> handles = new ArrayList<>();
        long[] nextId = {0};
        EventType[] types = new EventType[3];
        types[1] = new EventType("test/release", (key, payload) -> { });
        types[0] = new EventType("test/arrival", (key, payload) -> {
            long id = nextId[0]++;
            handles.add(sim.scheduleIn(1 + (long) service.entityExponential(id, 0, 600), Priority.RELEASE,
                types[1], id));
            if (cancel.bernoulli(0.1) && !handles.isEmpty()) {
                sim.cancel(handles.get(cancel.nextInt(handles.size())));
            }
            sim.scheduleIn((long) arrivals.exponential(90), Priority.REQUEST, types[0], 0);
        });
        types[2] = new EventType("test/sample", (key, payload) -> sim.scheduleIn(3600, Priority.SAMPLE, types[2], 0));
        sim.schedule(0, Priority.REQUEST, types[0], 0);
        sim.schedule(3600, Priority.SAMPLE, types[2], 0);
        return new SimulatorModel(sim);
    }

    /** A model with one event every simulated second, each taking {@code costNanos} of (manual) wall time. */
    static PacedModel ticking(ManualTimeSource time, long costNanos, long[] executed) {
        Simulator sim = new Simulator();
        EventType[] tick = new EventType[1];
        tick[0] = new EventType("test/tick", (key, payload) -> {
            if (key != executed[0] + 1) {
                throw new AssertionError("event " + key + " ran after " + executed[0]);
            }
            executed[0] = key;
            time.advance(costNanos);
            sim.scheduleIn(1, Priority.REQUEST, tick[0], key + 1);
        });
        sim.schedule(1, Priority.REQUEST, tick[0], 1);
        return new SimulatorModel(sim);
    }
}
