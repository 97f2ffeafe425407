package nl.paraat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** schedule / peek / step / runUntil / runUntilEmpty / advanceTo on hand-made cases. */
class SimulatorSemanticsTest {
    private final Simulator sim = new Simulator();
    private final List<String> log = new ArrayList<>();
    private final EventType note = new EventType("test/note", (key, payload) -> log.add(sim.now() + ":" + key));

    @Test
    void anEmptySimulatorHasNothingToDo() {
        assertEquals(Simulator.NO_EVENT, sim.peekTime());
        assertFalse(sim.step());
        assertEquals(0, sim.runUntilEmpty());
        assertEquals(0, sim.pending());
        assertEquals(0, sim.now());
        assertEquals(0, sim.eventsExecuted());
    }

    @Test
    void stepRunsOneEventAndMovesTheClockToIt() {
        sim.schedule(30, Priority.REQUEST, note, 1);
        sim.schedule(10, Priority.REQUEST, note, 2);
        assertEquals(10, sim.peekTime());
        assertEquals(0, sim.now(), "peek does not move the clock");
        assertTrue(sim.step());
        assertEquals(10, sim.now());
        assertEquals(List.of("10:2"), log);
        assertEquals(1, sim.pending());
        assertEquals(1, sim.eventsExecuted());
    }

    @Test
    void runUntilIncludesTheBoundaryAndEventsScheduledMeanwhile() {
        EventType chain = new EventType("test/chain", (key, payload) -> {
            log.add(sim.now() + ":" + key);
            if (key < 3) {
                sim.scheduleIn(5, Priority.REQUEST, note, key + 10); // lands at or before 100 for the first ones
            }
        });
        sim.schedule(90, Priority.REQUEST, chain, 1);
        sim.schedule(95, Priority.REQUEST, chain, 2);
        sim.schedule(100, Priority.SAMPLE, note, 7);
        sim.schedule(101, Priority.COMMAND, note, 8);
        assertEquals(5, sim.runUntil(100));
        assertEquals(List.of("90:1", "95:2", "95:11", "100:12", "100:7"), log, "at 100 the request runs before the sample");
        assertEquals(100, sim.now());
        assertEquals(101, sim.peekTime());
    }

    @Test
    void runUntilMovesTheClockToTheTargetButNeverBack() {
        sim.schedule(500, Priority.REQUEST, note, 1);
        assertEquals(0, sim.runUntil(200));
        assertEquals(200, sim.now());
        assertEquals(0, sim.runUntil(100));
        assertEquals(200, sim.now(), "the clock does not go back");
        assertEquals(1, sim.runUntil(1000));
        assertEquals(1000, sim.now());
    }

    @Test
    void runUntilEmptyRunsEverythingAndCounts() {
        EventType[] spawn = new EventType[1];
        spawn[0] = new EventType("test/spawn", (key, payload) -> {
            log.add(sim.now() + ":" + key);
            if (key > 0) {
                sim.scheduleIn(key, Priority.REQUEST, spawn[0], key - 1);
            }
        });
        sim.schedule(0, Priority.REQUEST, spawn[0], 3);
        sim.schedule(7, Priority.REQUEST, note, 99);
        assertEquals(5, sim.runUntilEmpty());
        assertEquals(List.of("0:3", "3:2", "5:1", "6:0", "7:99"), log);
        assertEquals(7, sim.now(), "the clock stays at the last event");
        assertEquals(Simulator.NO_EVENT, sim.peekTime());
    }

    @Test
    void schedulingInThePastIsRefused() {
        sim.schedule(50, Priority.REQUEST, note, 1);
        sim.step();
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(49, Priority.REQUEST, note, 2));
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleIn(-1, Priority.REQUEST, note, 2));
        long h = sim.schedule(50, Priority.REQUEST, note, 3);
        assertTrue(sim.isPending(h), "scheduling at now is allowed");
    }

    @Test
    void peekSkipsCancelledEvents() {
        long first = sim.schedule(10, Priority.REQUEST, note, 1);
        sim.schedule(20, Priority.REQUEST, note, 2);
        assertTrue(sim.cancel(first));
        assertEquals(20, sim.peekTime());
        assertEquals(1, sim.pending());
        sim.runUntilEmpty();
        assertEquals(List.of("20:2"), log);
        assertEquals(1, sim.eventsExecuted(), "cancelled events are not counted");
    }

    @Test
    void advanceToMovesAnIdleClockButNotPastAPendingEvent() {
        sim.schedule(100, Priority.REQUEST, note, 1);
        sim.advanceTo(60);
        assertEquals(60, sim.now());
        sim.advanceTo(100);
        assertEquals(100, sim.now());
        assertThrows(IllegalStateException.class, () -> sim.advanceTo(101));
        sim.advanceTo(10);
        assertEquals(100, sim.now(), "advanceTo never moves back");
        assertTrue(log.isEmpty(), "advanceTo runs nothing");
    }

    @Test
    void keyAndPayloadReachTheHandler() {
        Object[] seen = new Object[2];
        EventType t = new EventType("test/payload", (key, payload) -> {
            seen[0] = key;
            seen[1] = payload;
        });
        sim.scheduleIn(3, Priority.OUTAGE, t, 42L, "bridge closed");
        sim.step();
        assertEquals(42L, seen[0]);
        assertEquals("bridge closed", seen[1]);
        assertEquals(3, sim.now());
    }

    @Test
    void eventTypeIdIsTheStableHashOfItsName() {
        assertEquals(StableHash.of("test/note"), note.id());
        assertEquals("test/note", note.name());
        assertNotEquals(note.id(), new EventType("test/other", (k, p) -> { }).id());
    }

    @Test
    void priorityOrdinalsRoundTrip() {
        for (Priority p : Priority.values()) {
            assertEquals(p, Priority.ofOrdinal(p.ordinal()));
        }
        assertEquals(List.of(Priority.COMMAND, Priority.OUTAGE, Priority.RELEASE, Priority.REQUEST, Priority.SAMPLE),
            List.of(Priority.values()), "the documented order of the priority classes");
    }
}
