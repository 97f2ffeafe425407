package nl.paraat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random schedules, cancels and reschedules from inside handlers, checked event by event against a
 * reference queue (a sorted set ordered by time, priority class, scheduling order).
 */
class SimulatorOrderTest {

    /** One scheduled event as the reference sees it. */
    private record Expected(long time, Priority priority, long seq, int id) {
    }

    private static final Comparator<Expected> ORDER = Comparator.comparingLong(Expected::time)
        .thenComparing(Expected::priority)
        .thenComparingLong(Expected::seq);

    /** A random workload driven by one seed. */
    private static final class Workload {
        final SplittableRandom rnd;
        final Simulator sim;
        final TreeSet<Expected> reference = new TreeSet<>(ORDER);
        final List<Expected> byId = new ArrayList<>();
        final List<Long> handles = new ArrayList<>();
        final List<Integer> live = new ArrayList<>();
        final boolean[] ran = new boolean[200_000];
        final boolean[] cancelled = new boolean[200_000];
        final EventType type = new EventType("test/event", (key, payload) -> onEvent((int) key, payload));
        long seq;
        long lastTime = Long.MIN_VALUE;
        int executed;

        Workload(long seed) {
            this(seed, new Simulator());
        }

        Workload(long seed, Simulator sim) {
            rnd = new SplittableRandom(seed);
            this.sim = sim;
        }

        void run() {
            int initial = 20 + rnd.nextInt(300);
            for (int i = 0; i < initial; i++) {
                schedule(rnd.nextLong(0, 50));
            }
            sim.runUntilEmpty();
        }

        void schedule(long time) {
            Priority p = Priority.ofOrdinal(rnd.nextInt(Priority.values().length));
            int id = byId.size();
            Expected e = new Expected(time, p, seq++, id);
            byId.add(e);
            reference.add(e);
            handles.add(sim.schedule(time, p, type, id, e));
            live.add(id);
        }

        void onEvent(int id, Object payload) {
            Expected expected = reference.pollFirst();
            assertEquals(expected.id(), id, "the simulator ran the event the reference queue has first");
            assertEquals(byId.get(id), payload, "payload handed over");
            assertEquals(expected.time(), sim.now(), "clock stands at the event's time");
            assertTrue(sim.now() >= lastTime, "time never goes backwards");
            assertFalse(cancelled[id], "a cancelled event never runs");
            assertFalse(ran[id], "an event runs once");
            lastTime = sim.now();
            ran[id] = true;
            executed++;
            live.remove(Integer.valueOf(id));
            if (byId.size() < 3000) {
                int children = rnd.nextInt(3);
                for (int c = 0; c < children; c++) {
                    long delay = switch (rnd.nextInt(3)) {
                        case 0 -> 0;
                        case 1 -> rnd.nextLong(1, 5);
                        default -> rnd.nextLong(5, 500);
                    };
                    schedule(sim.now() + delay);
                }
            }
            if (!live.isEmpty() && rnd.nextInt(4) == 0) {
                int victim = live.get(rnd.nextInt(live.size()));
                assertTrue(sim.cancel(handles.get(victim)), "cancel of a pending event succeeds");
                assertFalse(sim.cancel(handles.get(victim)), "a second cancel of the same event fails");
                cancelled[victim] = true;
                reference.remove(byId.get(victim));
                live.remove(Integer.valueOf(victim));
            }
            assertEquals(reference.size(), sim.pending(), "pending count");
        }
    }

    static java.util.stream.LongStream seeds() {
        return Seeds.many();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void runsInTheOrderOfTheReferenceQueue(long seed) {
        checkAgainstReference(new Workload(seed));
    }

    /** Sequence numbers renumbered every few dozen events, with events pending and cancelled: same order. */
    @ParameterizedTest
    @MethodSource("seeds")
    void renumberingSequenceNumbersKeepsTheOrder(long seed) {
        Workload plain = new Workload(seed);
        checkAgainstReference(plain);
        Workload renumbered = new Workload(seed, new Simulator(8 + Math.floorMod(seed, 64)));
        checkAgainstReference(renumbered);
        assertEquals(plain.sim.traceHash(), renumbered.sim.traceHash(), "same trace with renumbering");
        assertEquals(plain.sim.eventsExecuted(), renumbered.sim.eventsExecuted());
    }

    private static void checkAgainstReference(Workload w) {
        w.run();
        assertTrue(w.reference.isEmpty(), "every non-cancelled event ran");
        assertEquals(w.executed, w.sim.eventsExecuted());
        for (int id = 0; id < w.byId.size(); id++) {
            assertEquals(!w.cancelled[id], w.ran[id], "event " + id + " ran exactly when not cancelled");
            assertFalse(w.sim.cancel(w.handles.get(id)), "cancel after the run fails");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sameTimeOrderIsPriorityThenSequence(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Simulator sim = new Simulator();
        List<int[]> ran = new ArrayList<>();
        int n = 2 + rnd.nextInt(200);
        long t = rnd.nextLong(0, 1_000_000);
        int[] prio = new int[n];
        EventType type = new EventType("test/same-time", (key, payload) -> ran.add(new int[] {prio[(int) key], (int) key}));
        for (int i = 0; i < n; i++) {
            prio[i] = rnd.nextInt(Priority.values().length);
            sim.schedule(t, Priority.ofOrdinal(prio[i]), type, i);
        }
        sim.runUntilEmpty();
        assertEquals(n, ran.size());
        for (int i = 1; i < n; i++) {
            int[] a = ran.get(i - 1);
            int[] b = ran.get(i);
            assertTrue(a[0] < b[0] || (a[0] == b[0] && a[1] < b[1]),
                "at the same time: lower priority class first, then scheduling order");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void timeNeverGoesBackwardsUnderHeavyCancelling(long seed) {
        // many cancels push the heap through its compaction path
        SplittableRandom rnd = new SplittableRandom(seed);
        Simulator sim = new Simulator();
        List<Long> times = new ArrayList<>();
        EventType type = new EventType("test/cancel-heavy", (key, payload) -> times.add(sim.now()));
        int n = 200 + rnd.nextInt(2000);
        long[] handles = new long[n];
        boolean[] cancelled = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            handles[i] = sim.schedule(rnd.nextLong(0, 10_000), Priority.REQUEST, type, i);
        }
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(10) < 8) {
                assertTrue(sim.cancel(handles[i]));
                cancelled[i] = true;
            } else {
                kept++;
            }
        }
        assertEquals(kept, sim.pending());
        for (int i = 0; i < n; i++) {
            assertEquals(!cancelled[i], sim.isPending(handles[i]));
        }
        assertEquals(kept, sim.runUntilEmpty());
        assertEquals(kept, times.size());
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i - 1) <= times.get(i));
        }
    }
}
