package nl.paraat.exercise.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import nl.paraat.engine.Simulator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PacedClockTest {
    private static final long FRAME = 16_666_667L; // 60 frames per second

    private static void catchUp(PacedClock clock) {
        for (int i = 0; i < 1_000_000; i++) {
            if (clock.runSlice().caughtUp() && !clock.catchingUp()) {
                return;
            }
        }
        throw new AssertionError("clock did not catch up");
    }

    /** Stated tolerance: when the model keeps up, it stands at floor(target), within 1 simulated second. */
    @ParameterizedTest
    @ValueSource(doubles = {1, 2.5, 60, 600, 3600, 86_400})
    void simulatedTimeFollowsTheTimeSourceAtSpeed(double speed) {
        ManualTimeSource time = new ManualTimeSource(123_456_789L);
        SimulatorModel model = TestWorld.create(5);
        PacedClock clock = new PacedClock(time, model, speed, List.of());
        clock.play();
        for (int frame = 1; frame <= 600; frame++) {
            time.advance(FRAME);
            catchUp(clock);
            double expected = speed * frame * FRAME / 1e9;
            assertTrue(Math.abs(model.now() - expected) <= 1.0, "frame " + frame + ": at " + model.now()
                + ", expected " + expected);
            assertEquals(0, clock.lagSeconds());
        }
    }

    @Test
    void speedChangeWhilePlayingDoesNotLurch() {
        ManualTimeSource time = new ManualTimeSource(0);
        PacedClock clock = new PacedClock(time, TestWorld.create(1), 60, List.of());
        clock.play();
        time.advanceMillis(10_000);
        assertEquals(600.0, clock.target(), 1e-6);
        clock.setSpeed(3600);
        assertEquals(600.0, clock.target(), 1e-6);
        time.advanceMillis(1_000);
        assertEquals(4200.0, clock.target(), 1e-6);
        clock.setSpeed(1);
        time.advanceMillis(500);
        assertEquals(4200.5, clock.target(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(0));
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(100_000));
    }

    @Test
    void pauseFreezesTheTargetAndResumeContinuesFromIt() {
        ManualTimeSource time = new ManualTimeSource(0);
        SimulatorModel model = TestWorld.create(2);
        PacedClock clock = new PacedClock(time, model, 60, List.of());
        assertTrue(clock.paused());
        time.advanceMillis(5_000);
        assertEquals(0.0, clock.target(), 0, "a new clock is paused");
        clock.play();
        time.advanceMillis(5_000);
        clock.pause();
        time.advanceMillis(100_000);
        catchUp(clock);
        assertEquals(300, model.now());
        assertEquals(Long.MAX_VALUE, clock.nanosUntilDue());
        clock.play();
        time.advanceMillis(1_000);
        catchUp(clock);
        assertEquals(360, model.now());
    }

    @Test
    void phaseDefaultSpeedsApplyFromTheirStart() {
        ManualTimeSource time = new ManualTimeSource(0);
        SimulatorModel model = TestWorld.create(3);
        PacedClock clock = new PacedClock(time, model, 60,
            List.of(new PhaseSpeed(50_000, 10), new PhaseSpeed(600, 600)));
        clock.play();
        time.advanceMillis(10_000);
        catchUp(clock);
        assertEquals(600, model.now());
        time.advanceMillis(1_000);
        catchUp(clock);
        assertEquals(1200, model.now());
        assertEquals(600.0, clock.speed());
        clock.setSpeed(120);
        time.advanceMillis(1_000);
        catchUp(clock);
        assertEquals(1320, model.now(), "the facilitator's speed holds within the phase");
        clock.jumpTo(60_000);
        catchUp(clock);
        assertEquals(60_000, model.now());
        assertEquals(10.0, clock.speed(), "a jump into a phase takes its default speed");
        assertFalse(clock.paused(), "a jump keeps playing");
        time.advanceMillis(1_000);
        catchUp(clock);
        assertEquals(60_010, model.now());
    }

    @Test
    void stepsEndPausedExactlyWhereAsked() {
        ManualTimeSource time = new ManualTimeSource(0);
        SimulatorModel model = TestWorld.create(4);
        Simulator sim = model.simulator();
        PacedClock clock = new PacedClock(time, model, 60, List.of());
        clock.play();
        clock.stepBy(7_200);
        assertTrue(clock.catchingUp());
        catchUp(clock);
        assertEquals(7_200, model.now());
        assertTrue(clock.paused());
        long next = sim.peekTime();
        clock.stepToNextEvent();
        assertEquals(next, model.now());
        assertTrue(sim.peekTime() > next, "every event at that time ran");
        long executed = sim.eventsExecuted();
        clock.stepOneEvent();
        assertEquals(executed + 1, sim.eventsExecuted());
        assertThrows(IllegalArgumentException.class, () -> clock.jumpTo(10));
    }

    @Test
    void nanosUntilDueIsTheWallTimeToTheNextEvent() {
        ManualTimeSource time = new ManualTimeSource(0);
        long[] executed = {0};
        PacedModel model = TestWorld.ticking(time, 0, executed);
        PacedClock clock = new PacedClock(time, model, 0.5, List.of());
        clock.play();
        assertEquals(2_000_000_000L, clock.nanosUntilDue());
        time.advanceMillis(2_000);
        assertEquals(0, clock.nanosUntilDue());
        catchUp(clock);
        assertEquals(1, executed[0]);
        assertEquals(2_000_000_000L, clock.nanosUntilDue());
    }

    /** The model needs 1 ms of wall time per event: at 3600x it falls behind, shows it, skips nothing. */
    @Test
    void slowModelShowsLagAndNeverSkipsEvents() {
        ManualTimeSource time = new ManualTimeSource(0);
        long[] executed = {0};
        PacedModel model = TestWorld.ticking(time, 1_000_000L, executed);
        PacedClock clock = new PacedClock(time, model, 3600, List.of());
        clock.play();
        time.advanceMillis(1_000);
        for (int i = 0; i < 100; i++) {
            PacedClock.Slice s = clock.runSlice();
            assertTrue(s.events() <= 4, "a slice stops after its 4 ms: " + s.events());
            assertFalse(s.caughtUp());
            assertTrue(s.lagSeconds() > 0);
        }
        assertEquals(model.now(), executed[0], "every event up to now ran, in order");
        assertTrue(clock.lagMillis() > 1_000, "lag shown: " + clock.lagMillis());
        assertEquals(clock.lagMillis(), clock.maxLagMillis());
        clock.setSpeed(100); // 100 events per wall second = 100 ms of work: it can keep up now
        clock.pause();
        catchUp(clock);
        assertEquals(0, clock.lagSeconds());
        assertEquals(model.now(), executed[0]);
    }

    /**
     * Whatever the facilitator does (play at any speed, pause, step, jump, change speed; also in the
     * middle of a lag or an unfinished jump), the model ends exactly as an unpaced run to the same time.
     */
    @RepeatedTest(25)
    void pacingNeverChangesTheRun(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(31 * info.getCurrentRepetition());
        long seed = rnd.nextLong();
        ManualTimeSource time = new ManualTimeSource(rnd.nextLong(1L << 40));
        SimulatorModel inner = TestWorld.create(seed);
        long cost = rnd.nextInt(200_000); // 0-0.2 ms of wall time per event: sometimes behind
        PacedModel model = new PacedModel() {
            @Override public long now() { return inner.now(); }
            @Override public long nextEventTime() { return inner.nextEventTime(); }
            @Override public long eventsExecuted() { return inner.eventsExecuted(); }
            @Override public void step() { time.advance(cost); inner.step(); }
            @Override public void advanceTo(long t) { inner.advanceTo(t); }
        };
        PacedClock clock = new PacedClock(time, model, 1 + rnd.nextInt(3600),
            List.of(new PhaseSpeed(20_000, 300), new PhaseSpeed(60_000, 1800)), 1_000_000L + rnd.nextInt(4_000_000));
        for (int op = 0; op < 60; op++) {
            switch (rnd.nextInt(9)) {
                case 0, 1, 2 -> clock.play();
                case 3 -> clock.pause();
                case 4 -> clock.setSpeed(1 + rnd.nextInt(3600));
                case 5 -> clock.stepToNextEvent();
                case 6 -> clock.stepOneEvent();
                case 7 -> clock.stepBy(rnd.nextInt(7200));
                default -> clock.jumpTo(model.now() + rnd.nextInt(20_000));
            }
            time.advance(rnd.nextLong(2_000_000_000L));
            int slices = rnd.nextInt(40);
            for (int i = 0; i < slices; i++) {
                clock.runSlice();
            }
        }
        clock.pause();
        catchUp(clock);
        long end = model.now();
        Simulator reference = TestWorld.create(seed).simulator();
        reference.runUntil(end);
        assertEquals(reference.now(), inner.simulator().now());
        assertEquals(reference.eventsExecuted(), inner.simulator().eventsExecuted());
        assertEquals(reference.traceHash(), inner.simulator().traceHash(), "same trace at t=" + end);
        assertTrue(end > 0);
    }

    @Test
    void aSliceEndsAfterTheEventInProgressWhenAskedToYieldAndResultsStayTheSame() {
        ManualTimeSource time = new ManualTimeSource(0);
        SimulatorModel yielding = TestWorld.create(7);
        SimulatorModel plain = TestWorld.create(7);
        PacedClock a = new PacedClock(time, yielding, 3600, List.of());
        PacedClock b = new PacedClock(time, plain, 3600, List.of());
        a.play();
        b.play();
        time.advanceMillis(20_000);
        PacedClock.Slice one = a.runSlice(() -> true);
        assertEquals(1, one.events(), "a waiting command ends the slice after one event");
        assertTrue(!one.caughtUp());
        int slices = 1;
        while (!a.runSlice(() -> true).caughtUp()) {
            slices++;
        }
        catchUp(b);
        assertTrue(slices > 1);
        assertEquals(plain.now(), yielding.now());
        assertEquals(plain.eventsExecuted(), yielding.eventsExecuted());
        assertEquals(plain.simulator().traceHash(), yielding.simulator().traceHash(), "where slices end never changes results");
    }
}
