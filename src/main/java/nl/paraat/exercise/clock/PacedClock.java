package nl.paraat.exercise.clock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Objects;

/**
 * Paces a {@link PacedModel} to wall time ({@code engine-research.md} §4.4).
 *
 * <p><b>Target.</b> While playing, the simulated time the model should have reached is
 * {@code target = sim0 + speed * (wallNow - wall0)} with the anchors (wall0, sim0). Every speed change,
 * resume, phase boundary and jump re-anchors at the current target, so the target never lurches. Paused,
 * the target is frozen. The model is run to {@code floor(target)}: all events at or before it, then its
 * clock is moved to it.
 *
 * <p><b>Slices.</b> {@link #runSlice()} does at most one slice of work (default 4 ms of wall time, checked
 * after every event), so the thread that owns the model can handle commands and publish snapshots between
 * slices. When the model cannot keep up, the lag ({@code floor(target) - now}) grows and is reported;
 * events are never skipped.
 *
 * <p><b>Steps and jumps.</b> {@link #stepToNextEvent()} and {@link #stepOneEvent()} run at once and leave
 * the clock paused. {@link #stepBy(long)} and {@link #jumpTo(long)} set a goal that following slices
 * reach unpaced (as fast as possible); then the clock re-anchors at the goal, paused after a step,
 * in the previous mode after a jump. Either way the model ends exactly where an unpaced run to the same
 * time would be: pacing only decides when work is done, never what is done.
 *
 * <p><b>Phases.</b> Reaching a phase with a default speed (playing, stepping or jumping) sets that speed;
 * a speed set by the facilitator holds until the next such phase.
 *
 * <p>Not thread-safe: the thread that owns the model owns its clock.
 */
public final class PacedClock {
    /** The highest speed: one simulated day per wall second. */
    public static final double MAX_SPEED = 86_400;
    /** Default wall time of work per slice. */
    public static final long DEFAULT_SLICE_NANOS = 4_000_000L;

    private static final long NO_GOAL = Long.MIN_VALUE;

    private final TimeSource time;
    private final PacedModel model;
    private final long sliceNanos;
    private final List<PhaseSpeed> phases;
    private int nextPhase;

    private double speed;
    private boolean paused = true;
    private double sim0;
    private long wall0;

    private long goal = NO_GOAL;
    private boolean pausedAfterGoal;

    private long maxLagMillis;

    /** A clock with the default slice length; see {@link #PacedClock(TimeSource, PacedModel, double, List, long)}. */
    public PacedClock(TimeSource time, PacedModel model, double speed, List<PhaseSpeed> phaseSpeeds) {
        this(time, model, speed, phaseSpeeds, DEFAULT_SLICE_NANOS);
    }

    /**
     * A paused clock at the model's current time.
     *
     * @param speed       the speed to start with, unless the phase the model is in has a default speed
     * @param phaseSpeeds the phases' default speeds (any order)
     * @param sliceNanos  wall time of work per slice (2-5 ms is right for a live exercise)
     */
    public PacedClock(TimeSource time, PacedModel model, double speed, List<PhaseSpeed> phaseSpeeds, long sliceNanos) {
        this.time = Objects.requireNonNull(time, "time");
        this.model = Objects.requireNonNull(model, "model");
        if (sliceNanos <= 0) {
            throw new IllegalArgumentException("slice must be positive");
        }
        this.sliceNanos = sliceNanos;
        List<PhaseSpeed> sorted = new ArrayList<>(phaseSpeeds);
        sorted.sort(Comparator.comparingLong(PhaseSpeed::from));
        this.phases = List.copyOf(sorted);
        this.speed = checkSpeed(speed);
        this.sim0 = model.now();
        this.wall0 = time.nanoTime();
        passPhasesUpTo(model.now());
    }

    static double checkSpeed(double speed) {
        if (!(speed > 0) || speed > MAX_SPEED) {
            throw new IllegalArgumentException("speed must lie above 0 and at most " + (long) MAX_SPEED + ": " + speed);
        }
        return speed;
    }

    // ---------------------------------------------------------------------------------------------
    // controls

    /** Plays (or resumes) at the current speed from the current target. */
    public void play() {
        if (goal != NO_GOAL) {
            pausedAfterGoal = false;
        } else if (paused) {
            wall0 = time.nanoTime();
            paused = false;
        }
    }

    /** Freezes the target. The model still catches up to it if it was behind. */
    public void pause() {
        if (goal != NO_GOAL) {
            pausedAfterGoal = true;
        } else if (!paused) {
            sim0 = targetAt(time.nanoTime());
            paused = true;
        }
    }

    /** Changes the speed, re-anchored at the current target so the clock does not lurch. */
    public void setSpeed(double newSpeed) {
        checkSpeed(newSpeed);
        if (!paused && goal == NO_GOAL) {
            long n = time.nanoTime();
            sim0 = targetAt(n);
            wall0 = n;
        }
        speed = newSpeed;
    }

    /** Pauses, then executes every event at the next event time. Ends an unfinished step or jump where it is. */
    public void stepToNextEvent() {
        abandonGoal();
        pause();
        long t = model.nextEventTime();
        if (t == PacedModel.NO_EVENT) {
            return;
        }
        while (model.nextEventTime() == t) {
            model.step();
        }
        afterManualStep();
    }

    /** Pauses, then executes exactly one event (for debugging a scenario). */
    public void stepOneEvent() {
        abandonGoal();
        pause();
        if (model.nextEventTime() != PacedModel.NO_EVENT) {
            model.step();
            afterManualStep();
        }
    }

    /** Runs unpaced to {@code delta} seconds after the current time, then stays paused there. */
    public void stepBy(long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("step must not be negative: " + delta);
        }
        long from = Math.max(model.now(), (long) Math.floor(target()));
        abandonGoal();
        pause();
        goal = from + delta;
        pausedAfterGoal = true;
    }

    /**
     * Runs unpaced to {@code t}, then re-anchors there and goes on in the mode it was in (playing or
     * paused). Only forward: going back is a replay.
     */
    public void jumpTo(long t) {
        if (t < model.now()) {
            throw new IllegalArgumentException("cannot jump back from " + model.now() + " to " + t);
        }
        boolean wasPaused = paused();
        abandonGoal();
        pause();
        goal = t;
        pausedAfterGoal = wasPaused;
    }

    // ---------------------------------------------------------------------------------------------
    // work

    /**
     * What one slice did.
     *
     * @param events     events executed in this slice
     * @param caughtUp   true if the model reached the slice's target (or goal)
     * @param lagSeconds simulated seconds the model is behind the target after the slice
     */
    public record Slice(long events, boolean caughtUp, long lagSeconds) {
    }

    /** Does at most one slice of work toward the target (or the goal of a step or jump). */
    public Slice runSlice() {
        return runSlice(() -> false);
    }

    /**
     * Does at most one slice of work, ending it early (after the event in progress) as soon as
     * {@code yieldTo} says so: the owning thread passes "a command is waiting", so a command never waits for
     * the rest of a slice. Where the slice ends never changes results: the model stops between two events.
     */
    public Slice runSlice(BooleanSupplier yieldTo) {
        long start = time.nanoTime();
        long deadline = start + sliceNanos;
        long limit = goal != NO_GOAL ? goal : (long) Math.floor(targetAt(start));
        long events = 0;
        while (model.nextEventTime() <= limit) {
            model.step();
            events++;
            if (time.nanoTime() - deadline >= 0 || yieldTo.getAsBoolean()) {
                break;
            }
        }
        boolean reached = model.nextEventTime() > limit;
        if (reached && model.now() < limit) {
            model.advanceTo(limit);
        }
        if (goal != NO_GOAL && reached) {
            finishGoal();
        }
        long lag = lagSeconds();
        maxLagMillis = Math.max(maxLagMillis, lagMillis());
        return new Slice(events, reached, lag);
    }

    /**
     * Wall nanoseconds until there is work again: 0 if the model is behind or a step or jump is under way,
     * {@link Long#MAX_VALUE} if nothing is due until a command arrives (paused and caught up, or no event
     * pending). The owning thread waits this long (at most) for commands.
     */
    public long nanosUntilDue() {
        if (goal != NO_GOAL) {
            return 0;
        }
        long n = time.nanoTime();
        double target = targetAt(n);
        long next = model.nextEventTime();
        if (next <= (long) Math.floor(target)) {
            return 0;
        }
        if (paused || next == PacedModel.NO_EVENT) {
            return Long.MAX_VALUE;
        }
        return (long) Math.ceil((next - target) / speed * 1e9);
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /** The simulated time the model should have reached (the goal during a step or jump). */
    public double target() {
        return goal != NO_GOAL ? goal : targetAt(time.nanoTime());
    }

    /** The simulated time the model has reached. */
    public long simTime() {
        return model.now();
    }

    public double speed() {
        return speed;
    }

    /** True if paused (also during a step, which ends paused). */
    public boolean paused() {
        return goal != NO_GOAL ? pausedAfterGoal : paused;
    }

    /** True while a step or jump is run unpaced. */
    public boolean catchingUp() {
        return goal != NO_GOAL;
    }

    /** Simulated seconds the model is behind the target (0 during a step or jump: those are unpaced). */
    public long lagSeconds() {
        if (goal != NO_GOAL) {
            return 0;
        }
        return Math.max(0, (long) Math.floor(targetAt(time.nanoTime())) - model.now());
    }

    /** The lag as wall time: how long the model would need at this speed to make it good. */
    public long lagMillis() {
        return (long) Math.ceil(lagSeconds() / speed * 1000);
    }

    /** The largest {@link #lagMillis()} seen after a slice since the clock was made or reset. */
    public long maxLagMillis() {
        return maxLagMillis;
    }

    public void resetMaxLag() {
        maxLagMillis = 0;
    }

    // ---------------------------------------------------------------------------------------------

    /** The target at wall time n, re-anchoring at every phase boundary it passes. */
    private double targetAt(long n) {
        if (paused) {
            return sim0;
        }
        while (true) {
            double t = sim0 + speed * (n - wall0) / 1e9;
            if (nextPhase >= phases.size() || t < phases.get(nextPhase).from()) {
                return t;
            }
            PhaseSpeed p = phases.get(nextPhase++);
            wall0 += (long) ((p.from() - sim0) / speed * 1e9);
            sim0 = p.from();
            speed = p.speed();
        }
    }

    private void finishGoal() {
        long reached = goal;
        goal = NO_GOAL;
        sim0 = Math.max(sim0, reached);
        wall0 = time.nanoTime();
        paused = pausedAfterGoal;
        passPhasesUpTo(reached);
    }

    private void abandonGoal() {
        if (goal != NO_GOAL) {
            goal = NO_GOAL;
            sim0 = model.now();
            wall0 = time.nanoTime();
            passPhasesUpTo(model.now());
        }
    }

    private void afterManualStep() {
        sim0 = Math.max(sim0, model.now());
        passPhasesUpTo(model.now());
    }

    /** Takes the speed of the last phase with a default speed that starts at or before t. */
    private void passPhasesUpTo(long t) {
        while (nextPhase < phases.size() && phases.get(nextPhase).from() <= t) {
            speed = phases.get(nextPhase++).speed();
        }
    }
}
