package nl.paraat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The trace hash proves two runs identical and tells different runs apart. */
class TraceHashTest {
    private static final long TEN_DAYS = 10 * 24 * 3600;

    static java.util.stream.LongStream seeds() {
        return Seeds.some();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameSeedGivesTheSameTrace(long seed) {
        ReferenceModel.Outcome a = ReferenceModel.run(seed, 0, TEN_DAYS);
        ReferenceModel.Outcome b = ReferenceModel.run(seed, 0, TEN_DAYS);
        assertEquals(a, b);
        assertTrue(a.events() > 1000, "the model did real work: " + a.line());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anotherSeedOrReplicationGivesAnotherTrace(long seed) {
        long trace = ReferenceModel.run(seed, 0, TEN_DAYS).trace();
        assertNotEquals(trace, ReferenceModel.run(seed + 1, 0, TEN_DAYS).trace());
        assertNotEquals(trace, ReferenceModel.run(seed, 1, TEN_DAYS).trace());
    }

    @Test
    void manySeedsGiveManyDifferentTraces() {
        TreeSet<Long> traces = new TreeSet<>();
        for (long seed = 0; seed < 200; seed++) {
            traces.add(ReferenceModel.run(seed, 0, 2 * 24 * 3600).trace());
        }
        assertEquals(200, traces.size());
    }

    @Test
    void everyPartOfAnEventEntersTheTrace() {
        long base = trace(sim -> sim.schedule(10, Priority.REQUEST, type("a"), 1));
        assertEquals(base, trace(sim -> sim.schedule(10, Priority.REQUEST, type("a"), 1)), "reproducible");
        assertNotEquals(base, trace(sim -> sim.schedule(11, Priority.REQUEST, type("a"), 1)), "time");
        assertNotEquals(base, trace(sim -> sim.schedule(10, Priority.RELEASE, type("a"), 1)), "priority");
        assertNotEquals(base, trace(sim -> sim.schedule(10, Priority.REQUEST, type("b"), 1)), "kind");
        assertNotEquals(base, trace(sim -> sim.schedule(10, Priority.REQUEST, type("a"), 2)), "key");
    }

    @Test
    void theOrderOfEventsEntersTheTrace() {
        long ab = trace(sim -> {
            sim.schedule(10, Priority.REQUEST, type("a"), 1);
            sim.schedule(10, Priority.REQUEST, type("b"), 1);
        });
        long ba = trace(sim -> {
            sim.schedule(10, Priority.REQUEST, type("b"), 1);
            sim.schedule(10, Priority.REQUEST, type("a"), 1);
        });
        assertNotEquals(ab, ba);
    }

    @Test
    void cancelledEventsLeaveNoTrace() {
        long plain = trace(sim -> sim.schedule(10, Priority.REQUEST, type("a"), 1));
        long withCancelled = trace(sim -> {
            sim.cancel(sim.schedule(5, Priority.REQUEST, type("b"), 1));
            sim.schedule(10, Priority.REQUEST, type("a"), 1);
        });
        assertEquals(plain, withCancelled);
    }

    @Test
    void mixTraceRecordsActsBetweenEvents() {
        Simulator a = new Simulator();
        Simulator b = new Simulator();
        b.mixTrace(StableHash.of("command/open-bridge"), 7);
        assertNotEquals(a.traceHash(), b.traceHash());
        Simulator c = new Simulator();
        c.mixTrace(StableHash.of("command/open-bridge"), 8);
        assertNotEquals(b.traceHash(), c.traceHash());
    }

    private static EventType type(String name) {
        return new EventType(name, (key, payload) -> { });
    }

    private static long trace(Consumer<Simulator> setup) {
        Simulator sim = new Simulator();
        setup.accept(sim);
        sim.runUntilEmpty();
        return sim.traceHash();
    }
}
