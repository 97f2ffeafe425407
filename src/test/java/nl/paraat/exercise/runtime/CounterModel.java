package nl.paraat.exercise.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;
import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.Simulator;
import nl.paraat.engine.StableHash;
import nl.paraat.exercise.clock.SimulatorModel;
import nl.paraat.exercise.journal.Outcome;

/**
 * A small live model for the runtime tests: random arrivals; command {@code decision.add {n}} is
 * accepted unless n is a multiple of 5 and schedules an effect; happenings for every command and effect.
 */
class CounterModel extends SimulatorModel implements LiveModel<CounterModel.Snap, String> {
    record Snap(long now, long events, long trace) {
    }

    final Simulator sim = simulator();
    final List<String> applied = new ArrayList<>();
    private final List<String> happenings = new ArrayList<>();
    private final EventType effect;

    CounterModel(long seed) {
        super(new Simulator());
        RandomStream arrivals = new RandomStreams(seed, 0).stream("test/arrivals");
        EventType[] arrival = new EventType[1];
        arrival[0] = new EventType("test/arrival", (key, payload) ->
            sim.scheduleIn((long) arrivals.exponential(30), Priority.REQUEST, arrival[0], key + 1));
        effect = new EventType("test/effect", (key, payload) -> happenings.add("effect " + key));
        sim.schedule(0, Priority.REQUEST, arrival[0], 0);
    }

    @Override
    public Outcome apply(Command c) {
        int n = c.params().path("n").asInt(-1);
        applied.add(c.actor() + " " + n);
        if (!c.type().equals("decision.add") || n < 0 || n % 5 == 0) {
            happenings.add("rejected " + c.actor() + " " + n);
            return Outcome.rejected("n is a multiple of 5");
        }
        sim.mixTrace(StableHash.of(c.actor()), n);
        sim.scheduleIn(60L * (n % 7), Priority.COMMAND, effect, n);
        happenings.add("accepted " + c.actor() + " " + n);
        return Outcome.ACCEPTED;
    }

    @Override
    public Snap snapshot() {
        return new Snap(sim.now(), sim.eventsExecuted(), sim.traceHash());
    }

    @Override
    public void drainHappenings(Consumer<String> out) {
        happenings.forEach(out);
        happenings.clear();
    }
}
