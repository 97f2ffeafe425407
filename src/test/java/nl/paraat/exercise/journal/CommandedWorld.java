package nl.paraat.exercise.journal;

import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;
import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.Simulator;
import nl.paraat.engine.StableHash;
import nl.paraat.exercise.clock.ManualTimeSource;
import nl.paraat.exercise.clock.SimulatorModel;

/**
 * A small model that takes commands, for the replay tests: random arrivals, and a command schedules an
 * effect some minutes later and is mixed into the trace. Each event may cost manual wall time, so a paced
 * run falls behind now and then.
 */
final class CommandedWorld extends SimulatorModel {
    final Simulator sim = simulator();
    private final EventType effect;
    private final ManualTimeSource time;
    private final long costNanos;

    CommandedWorld(long seed, ManualTimeSource time, long costNanos) {
        super(new Simulator());
        this.time = time;
        this.costNanos = costNanos;
        RandomStream arrivals = new RandomStreams(seed, 0).stream("test/arrivals");
        EventType[] arrival = new EventType[1];
        arrival[0] = new EventType("test/arrival", (key, payload) ->
            sim.scheduleIn((long) arrivals.exponential(120), Priority.REQUEST, arrival[0], key + 1));
        effect = new EventType("test/effect", (key, payload) -> { });
        sim.schedule(0, Priority.REQUEST, arrival[0], 0);
    }

    /** Applies a command given live or replayed from the journal. */
    void apply(JournalRecord r) {
        apply(r.type(), r.params().get("n").intValue());
    }

    void apply(String type, int n) {
        sim.mixTrace(StableHash.of(type), n);
        sim.scheduleIn(60L * (n % 7), Priority.COMMAND, effect, n);
    }

    @Override
    public void step() {
        if (time != null) {
            time.advance(costNanos);
        }
        super.step();
    }
}
