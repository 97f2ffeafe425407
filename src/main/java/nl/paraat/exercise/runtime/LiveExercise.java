package nl.paraat.exercise.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.paraat.exercise.clock.PacedClock;
import nl.paraat.exercise.clock.TimeSource;
import nl.paraat.exercise.journal.JournalException;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.exercise.journal.JournalWriter;
import nl.paraat.exercise.journal.Outcome;
import nl.paraat.exercise.journal.RecordDraft;

/**
 * One live exercise: an engine thread owns the model and its clock; consoles talk to it only through
 * {@link #submit(Command)}.
 *
 * <p><b>Loop.</b> Wait for a command at most until the next event is due or the next frame; take every
 * command queued (one engine batch); apply each at the point the model is at (simulated time and events
 * executed so far), clock commands to the clock, {@code endex} ends play, the rest to the model; journal the
 * batch as one group commit; run one slice of the clock (ended early, between two events, as soon as a command
 * is queued); hand the happenings to the feeds; publish a snapshot and the {@link ClockState} once per frame of
 * the time source (after the commands waiting, at most a frame late), and when a step or jump arrives.
 *
 * <p><b>Acknowledgement.</b> The future of a command completes with its journal record (seq, point,
 * outcome) only after the record is synced. The engine does not wait for the sync: it goes on simulating
 * while the journal syncs, so a command may show its effect on a screen a few milliseconds before its
 * acknowledgement. After a crash, only acknowledged commands are guaranteed in the journal.
 *
 * <p><b>End.</b> An {@code endex} command, or {@link #close()}: the events of the current second are
 * finished (so the journal's end is a clean point a replay reaches), {@code close()} journals a
 * {@link JournalRecord#STOP} record there, the journal is closed and the remaining commands are refused.
 *
 * @param <S> the model's snapshot type
 * @param <H> the model's happening type
 */
public final class LiveExercise<S, H> implements AutoCloseable {
    /** The command type that ends the exercise (journaled as {@link JournalRecord#ENDEX}). */
    public static final String ENDEX = JournalRecord.ENDEX;
    /** Default time between published snapshots: 20 per second. */
    public static final long DEFAULT_FRAME_NANOS = 50_000_000L;

    private final LiveModel<S, H> model;
    private final PacedClock clock;
    private final JournalWriter journal;
    private final TimeSource time;
    private final long frameNanos;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final CopyOnWriteArrayList<HappeningFeed<H>> feeds = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final Object gate = new Object();
    private final Thread engine;

    private boolean accepting = true;
    private boolean started;
    private long happeningSeq;
    private volatile S latest;
    private volatile long lagMillis;
    private volatile long maxLagMillis;
    private volatile long simTime;
    private volatile ClockState clockState;
    private boolean noPlay;
    private boolean playEnded;
    private volatile Throwable failure;

    /**
     * @param model      the exercise, positioned where play starts
     * @param clock      the paced clock over the same model
     * @param journal    an open journal; the exercise closes it when it ends
     * @param time       the time source the clock reads (for frames)
     * @param frameNanos wall time between published snapshots
     */
    public LiveExercise(LiveModel<S, H> model, PacedClock clock, JournalWriter journal, TimeSource time,
                        long frameNanos) {
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.time = Objects.requireNonNull(time, "time");
        if (frameNanos <= 0) {
            throw new IllegalArgumentException("frame must be positive");
        }
        this.frameNanos = frameNanos;
        this.latest = model.snapshot();
        this.simTime = model.now();
        this.clockState = new ClockState(model.now(), clock.speed(), clock.paused(), false, 0, false, false);
        this.engine = new Thread(this::loop, "exercise-engine");
        this.engine.setDaemon(true);
    }

    /** Journals the start of play (synced) and starts the engine thread. The clock stays paused until played. */
    public void start(String actor) {
        begin(actor, JournalRecord.START);
    }

    /**
     * For an exercise rebuilt from its journal after a crash or a stop: journals that play resumes (synced)
     * and starts the engine thread, paused.
     */
    public void resume(String actor) {
        begin(actor, JournalRecord.RESUME);
    }

    private void begin(String actor, String type) {
        synchronized (gate) {
            if (started) {
                throw new IllegalStateException("already started");
            }
            started = true;
        }
        journal.appendAndWait(new RecordDraft(model.now(), model.eventsExecuted(), actor, type, null,
            Outcome.ACCEPTED));
        engine.start();
    }

    /**
     * Queues a command. Completes with its journal record once it is applied and synced; fails if the
     * exercise has ended or the journal cannot be written.
     */
    public CompletableFuture<JournalRecord> submit(Command command) {
        Objects.requireNonNull(command, "command");
        Pending p = new Pending(command);
        synchronized (gate) {
            if (!accepting) {
                p.future.completeExceptionally(new IllegalStateException("the exercise has ended"));
                return p.future;
            }
            queue.add(p);
        }
        return p.future;
    }

    /** The newest snapshot (screens show it and drop older ones). */
    public S snapshot() {
        return latest;
    }

    /** A new subscriber to the happenings published from now on. */
    public HappeningFeed<H> subscribe() {
        HappeningFeed<H> f = new HappeningFeed<>();
        feeds.add(f);
        return f;
    }

    public void unsubscribe(HappeningFeed<H> feed) {
        feeds.remove(feed);
    }

    /** The model's simulated time at the last frame. */
    public long simTime() {
        return simTime;
    }

    /** The clock at the last frame (speed, paused, lag, no play, ended). */
    public ClockState clockState() {
        return clockState;
    }

    /** How far (in wall milliseconds) the model was behind its target at the last frame. */
    public long lagMillis() {
        return lagMillis;
    }

    /** The largest lag seen after any slice. */
    public long maxLagMillis() {
        return maxLagMillis;
    }

    /** Completes when play has ended (ENDEX or close) and the journal is closed; fails if the engine failed. */
    public CompletableFuture<Void> ended() {
        return finished;
    }

    /**
     * Ends a running exercise where it is: finishes the current second, journals a stop record, closes the
     * journal. Waits for the engine thread. Idempotent.
     */
    @Override
    public void close() {
        synchronized (gate) {
            if (accepting) {
                accepting = false;
                queue.add(new Pending(null));
            }
            if (!started) {
                started = true;
                engineFinished();
                return;
            }
        }
        boolean interrupted = false;
        while (engine.isAlive()) {
            try {
                engine.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // engine thread

    private void loop() {
        List<Pending> batch = new ArrayList<>();
        boolean behind = false;
        long nextFrame = time.nanoTime();
        try {
            while (true) {
                long wait = behind || clock.catchingUp() ? 0
                    : Math.min(Math.min(clock.nanosUntilDue(), nextFrame - time.nanoTime()), frameNanos);
                Pending first = wait <= 0 ? queue.poll() : queue.poll(wait, TimeUnit.NANOSECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch);
                    boolean end = applyBatch(batch);
                    batch.clear();
                    if (end) {
                        break;
                    }
                }
                boolean jumping = clock.catchingUp();
                PacedClock.Slice s = clock.runSlice(this::commandWaiting);
                if (jumping && !clock.catchingUp()) {
                    publishFrame(); // a step or jump arrived
                }
                behind = !s.caughtUp();
                publishHappenings();
                maxLagMillis = clock.maxLagMillis();
                long now = time.nanoTime();
                // commands first: a due frame waits for the waiting commands (and is given up part way when one
                // arrives), but never more than a frame
                if (now - nextFrame >= 0) {
                    boolean overdue = now - nextFrame >= frameNanos;
                    if (publishFrame(overdue ? () -> false : this::commandWaiting)) {
                        nextFrame = now + frameNanos;
                    }
                }
            }
        } catch (Throwable t) {
            failure = t;
            for (Pending p : batch) {
                p.future.completeExceptionally(t); // no-op for those already answered
            }
        } finally {
            engineFinished();
        }
    }

    /** True if a command is queued (a cheap read: the engine ends its slice to take it). */
    private boolean commandWaiting() {
        return !queue.isEmpty();
    }

    /** Applies one engine batch and journals it as one group; returns true if play ended. */
    private boolean applyBatch(List<Pending> batch) {
        List<RecordDraft> drafts = new ArrayList<>(batch.size() + 1);
        List<Pending> journaled = new ArrayList<>(batch.size());
        boolean end = false;
        boolean stop = false;
        for (Pending p : batch) {
            if (end) {
                p.future.completeExceptionally(new IllegalStateException("the exercise has ended"));
                continue;
            }
            if (p.command == null) {
                end = true;
                stop = true;
                continue;
            }
            Command c = p.command;
            long ts = model.now();
            long after = model.eventsExecuted();
            Outcome o;
            if (ClockCommands.isClock(c.type())) {
                o = ClockCommands.apply(clock, c);
                if (o.accepted() && c.type().equals(ClockCommands.NO_PLAY)) {
                    noPlay = true;
                } else if (o.accepted() && c.type().equals(ClockCommands.PLAY)) {
                    noPlay = false;
                }
            } else if (c.type().equals(ENDEX)) {
                o = Outcome.ACCEPTED;
                end = true;
            } else {
                o = model.apply(c);
            }
            drafts.add(new RecordDraft(ts, after, c.actor(), c.type(), c.params(), o));
            journaled.add(p);
        }
        if (end) {
            synchronized (gate) {
                accepting = false;
            }
            finishSecond();
            if (stop) {
                drafts.add(new RecordDraft(model.now(), model.eventsExecuted(), "system", JournalRecord.STOP, null,
                    Outcome.ACCEPTED));
            }
        }
        publishHappenings();
        if (drafts.isEmpty()) {
            return end;
        }
        try {
            journal.appendBatch(drafts).whenComplete((records, error) -> {
                for (int i = 0; i < journaled.size(); i++) {
                    if (error != null) {
                        journaled.get(i).future.completeExceptionally(error);
                    } else {
                        journaled.get(i).future.complete(records.get(i));
                    }
                }
            });
        } catch (JournalException | IllegalStateException e) {
            for (Pending p : journaled) {
                p.future.completeExceptionally(e);
            }
            throw e;
        }
        return end;
    }

    /** Runs the events still pending at the current second, so play ends at a clean point. */
    private void finishSecond() {
        long now = model.now();
        while (model.nextEventTime() <= now) {
            model.step();
        }
    }

    private void publishHappenings() {
        long ts = model.now();
        model.drainHappenings(h -> {
            Happening<H> happening = new Happening<>(++happeningSeq, ts, h);
            for (HappeningFeed<H> f : feeds) {
                f.offer(happening);
            }
        });
    }

    private void publishFrame() {
        publishFrame(() -> false);
    }

    /** Publishes a frame unless the snapshot was given up (then false). */
    private boolean publishFrame(java.util.function.BooleanSupplier giveUp) {
        S s = model.snapshot(giveUp);
        if (s == null) {
            return false;
        }
        latest = s;
        simTime = model.now();
        lagMillis = clock.lagMillis();
        clockState = new ClockState(simTime, clock.speed(), clock.paused(), clock.catchingUp(), lagMillis, noPlay,
            playEnded);
        return true;
    }

    private void engineFinished() {
        List<Pending> rest = new ArrayList<>();
        synchronized (gate) {
            accepting = false;
            queue.drainTo(rest);
        }
        for (Pending p : rest) {
            if (p.command != null) {
                p.future.completeExceptionally(new IllegalStateException("the exercise has ended"));
            }
        }
        Throwable closeFailure = null;
        playEnded = true;
        try {
            publishFrame();
        } catch (RuntimeException e) {
            closeFailure = e;
        }
        try {
            journal.close();
        } catch (RuntimeException e) {
            closeFailure = e;
        }
        Throwable f = failure != null ? failure : closeFailure;
        if (f != null) {
            finished.completeExceptionally(f);
        } else {
            finished.complete(null);
        }
    }

    /** A queued command and its acknowledgement; a null command asks the engine to stop. */
    private static final class Pending {
        final Command command;
        final CompletableFuture<JournalRecord> future = new CompletableFuture<>();

        Pending(Command command) {
            this.command = command;
        }
    }
}
