package nl.paraat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cancel by handle: what it returns, and that handles stay tied to their event when slots are reused. */
class SimulatorCancelTest {
    private final Simulator sim = new Simulator();
    private final List<Long> ran = new ArrayList<>();
    private final EventType note = new EventType("test/note", (key, payload) -> ran.add(key));

    @Test
    void cancelReturnsTrueOnceForAPendingEvent() {
        long h = sim.schedule(10, Priority.REQUEST, note, 1);
        assertTrue(sim.isPending(h));
        assertTrue(sim.cancel(h));
        assertFalse(sim.isPending(h));
        assertFalse(sim.cancel(h), "already cancelled");
        sim.runUntilEmpty();
        assertTrue(ran.isEmpty(), "a cancelled event never runs");
    }

    @Test
    void cancelReturnsFalseForAnExecutedEvent() {
        long h = sim.schedule(10, Priority.REQUEST, note, 1);
        sim.step();
        assertFalse(sim.isPending(h));
        assertFalse(sim.cancel(h));
        assertEquals(List.of(1L), ran);
    }

    @Test
    void cancelReturnsFalseForUnknownHandles() {
        long h = sim.schedule(10, Priority.REQUEST, note, 1);
        assertFalse(sim.cancel(Simulator.NO_HANDLE));
        assertFalse(sim.cancel(Long.MIN_VALUE));
        assertFalse(sim.cancel(h + 1), "a slot never used");
        assertFalse(sim.cancel(h + (1L << 32)), "the same slot in a later generation");
        assertFalse(sim.cancel(h + 4096), "a slot beyond the table");
        assertTrue(sim.isPending(h), "none of those touched the real event");
    }

    @Test
    void aStaleHandleDoesNotCancelTheEventThatReusedItsSlot() {
        long old = sim.schedule(10, Priority.REQUEST, note, 1);
        sim.step();
        long reused = sim.schedule(20, Priority.REQUEST, note, 2);
        assertEquals((int) old, (int) reused, "the freed slot is reused");
        assertNotEquals(old, reused, "but the handle differs");
        assertFalse(sim.cancel(old));
        assertTrue(sim.isPending(reused));
        sim.runUntilEmpty();
        assertEquals(List.of(1L, 2L), ran);
    }

    @Test
    void aHandleCancelledAndRecycledStaysDead() {
        long first = sim.schedule(10, Priority.REQUEST, note, 1);
        sim.schedule(30, Priority.REQUEST, note, 3);
        assertTrue(sim.cancel(first));
        sim.step(); // drops the cancelled entry, frees its slot, runs event 3
        long second = sim.schedule(40, Priority.REQUEST, note, 4);
        assertFalse(sim.cancel(first), "the old handle does not reach the new event");
        assertTrue(sim.isPending(second));
        sim.runUntilEmpty();
        assertEquals(List.of(3L, 4L), ran);
    }

    static java.util.stream.LongStream seeds() {
        return Seeds.many();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void oldHandlesNeverReachNewEventsThroughManyRecyclings(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Long> dead = new ArrayList<>();
        List<Long> pendingHandles = new ArrayList<>();
        for (int round = 0; round < 300; round++) {
            int op = rnd.nextInt(3);
            if (op == 0 || pendingHandles.isEmpty()) {
                pendingHandles.add(sim.scheduleIn(rnd.nextLong(0, 100), Priority.REQUEST, note, round));
            } else if (op == 1) {
                long h = pendingHandles.remove(rnd.nextInt(pendingHandles.size()));
                assertTrue(sim.cancel(h));
                dead.add(h);
            } else if (sim.step()) {
                for (int i = pendingHandles.size() - 1; i >= 0; i--) {
                    if (!sim.isPending(pendingHandles.get(i))) {
                        dead.add(pendingHandles.remove(i));
                    }
                }
            }
            for (long h : dead) {
                assertFalse(sim.isPending(h), "a dead handle stays dead");
            }
            for (long h : pendingHandles) {
                assertTrue(sim.isPending(h));
            }
            assertEquals(pendingHandles.size(), sim.pending());
        }
        for (long h : dead) {
            assertFalse(sim.cancel(h));
        }
        assertEquals(pendingHandles.size(), sim.runUntilEmpty(), "dead handles cancelled nothing alive");
    }
}
