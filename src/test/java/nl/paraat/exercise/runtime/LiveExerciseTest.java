package nl.paraat.exercise.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import nl.paraat.exercise.clock.ManualTimeSource;
import nl.paraat.exercise.clock.PacedClock;
import nl.paraat.exercise.clock.TimeSource;
import nl.paraat.exercise.journal.JournalContents;
import nl.paraat.exercise.journal.JournalExpectation;
import nl.paraat.exercise.journal.JournalHeader;
import nl.paraat.exercise.journal.JournalReader;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.exercise.journal.JournalReplay;
import nl.paraat.exercise.journal.JournalWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveExerciseTest {
    private static final LongFunction<String> FMT = s -> "T+" + s;

    @TempDir
    Path dir;

    private static JournalHeader header() {
        return JournalHeader.of("0.1.0", new JournalHeader.ScenarioRef("test", null, "c".repeat(64), null), null, 7,
            0, List.of(), null, null);
    }

    private LiveExercise<CounterModel.Snap, String> exercise(CounterModel model, TimeSource time, double speed,
                                                            Path file) {
        PacedClock clock = new PacedClock(time, model, speed, List.of());
        JournalWriter w = JournalWriter.create(file, header(), FMT, JournalWriter.Sync.DATA);
        return new LiveExercise<>(model, clock, w, time, 5_000_000L);
    }

    private static Command add(String actor, int n) {
        return new Command(actor, "decision.add", JsonNodeFactory.instance.objectNode().put("n", n));
    }

    private static long replayTrace(Path file, long seed) {
        JournalContents c = JournalReader.read(file, JournalExpectation.any());
        CounterModel m = new CounterModel(seed);
        new JournalReplay(file, m, new ReplayApplier(file, m), FMT).replayUntil(c.records(), c.lastTime());
        return m.sim.traceHash();
    }

    /** Twenty clients, 1,000 commands each, while the model plays at 3600x on the real clock. */
    @Test
    void twentyClientsEveryAcknowledgedCommandOnceInAppliedOrderAndReplayGivesTheTrace() throws Exception {
        int clients = 20;
        int each = 1000;
        Path f = dir.resolve("live.jsonl");
        CounterModel model = new CounterModel(11);
        LiveExercise<CounterModel.Snap, String> ex = exercise(model, TimeSource.system(), 3600, f);
        HappeningFeed<String> feed = ex.subscribe();
        ex.start("facilitator");
        ex.submit(Command.of("facilitator", ClockCommands.PLAY)).join();
        AtomicReference<Throwable> error = new AtomicReference<>();
        JournalRecord[][] acks = new JournalRecord[clients][each];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    // up to 5 commands in flight per client, like consoles that do not block on each click
                    List<java.util.concurrent.CompletableFuture<JournalRecord>> open = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        open.add(ex.submit(add("c" + id, i)));
                        if (open.size() == 5 || i == each - 1) {
                            for (var fut : open) {
                                JournalRecord r = fut.join();
                                acks[id][r.params().get("n").intValue()] = r;
                            }
                            open.clear();
                        }
                    }
                } catch (Throwable e) {
                    error.compareAndSet(null, e);
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        ex.close();
        ex.ended().get(10, TimeUnit.SECONDS);
        if (error.get() != null) {
            throw new AssertionError(error.get());
        }
        JournalContents c = JournalReader.read(f, JournalExpectation.any());
        List<JournalRecord> rs = c.records();
        assertEquals(JournalRecord.START, rs.get(0).type());
        assertEquals(JournalRecord.STOP, rs.get(rs.size() - 1).type());
        List<String> journaled = new ArrayList<>();
        for (JournalRecord r : rs) {
            if (r.type().equals("decision.add")) {
                journaled.add(r.actor() + " " + r.params().get("n").intValue());
            }
        }
        assertEquals(model.applied, journaled, "journal order is the order applied");
        for (int t = 0; t < clients; t++) {
            for (int i = 0; i < each; i++) {
                JournalRecord a = acks[t][i];
                JournalRecord inFile = rs.get((int) a.seq() - 1);
                assertEquals(a, inFile, "acknowledged command is the record in the file");
                assertEquals(i % 5 != 0, a.outcome().accepted());
            }
        }
        assertEquals(model.sim.traceHash(), replayTrace(f, 11), "replay gives the live trace");
        assertTrue(c.lastTime() > 0, "the clock ran while commands came in");

        List<Happening<String>> hs = new ArrayList<>();
        feed.drainTo(hs);
        for (int i = 0; i < hs.size(); i++) {
            assertEquals(i + 1, hs.get(i).seq(), "lossless and in order");
        }
        List<String> decided = hs.stream().map(Happening::what)
            .filter(w -> w.startsWith("accepted") || w.startsWith("rejected"))
            .map(w -> w.substring(w.indexOf(' ') + 1)).toList();
        assertEquals(model.applied, decided, "every decision is a happening, in applied order");
    }

    @Test
    void clockFollowsTheInjectedTimeSourceAndClockCommandsAreJournaled() throws Exception {
        ManualTimeSource time = new ManualTimeSource(0);
        Path f = dir.resolve("clock.jsonl");
        CounterModel model = new CounterModel(3);
        LiveExercise<CounterModel.Snap, String> ex = exercise(model, time, 60, f);
        ex.start("facilitator");
        JournalRecord bad = ex.submit(new Command("facilitator", ClockCommands.SPEED,
            JsonNodeFactory.instance.objectNode().put("speed", 0))).join();
        assertFalse(bad.outcome().accepted());
        assertTrue(bad.outcome().reason().contains("speed must lie above 0"), bad.outcome().reason());
        ex.submit(Command.of("facilitator", ClockCommands.PLAY)).join();
        time.advanceMillis(10_000);
        waitFor(() -> ex.simTime() == 600, "sim time reaches 600 s after 10 wall s at 60x: " + ex.simTime());
        ex.submit(Command.of("facilitator", ClockCommands.PAUSE)).join();
        time.advanceMillis(10_000);
        Thread.sleep(30);
        assertEquals(600, ex.simTime(), "paused");
        JournalRecord jump = ex.submit(new Command("facilitator", ClockCommands.JUMP,
            JsonNodeFactory.instance.objectNode().put("ts", 7200))).join();
        assertTrue(jump.outcome().accepted());
        waitFor(() -> ex.simTime() == 7200, "jump reaches 7200: " + ex.simTime());
        assertEquals(7200, ex.snapshot().now());
        ex.submit(Command.of("facilitator", ClockCommands.NO_PLAY)).join();
        time.advanceMillis(1_000);
        waitFor(() -> ex.clockState().noPlay() && ex.clockState().paused(), "no play shown");
        ex.submit(Command.of("facilitator", ClockCommands.PLAY)).join();
        ex.submit(Command.of("facilitator", ClockCommands.PAUSE)).join();
        time.advanceMillis(1_000);
        waitFor(() -> !ex.clockState().noPlay(), "play resumed");
        JournalRecord end = ex.submit(Command.of("facilitator", LiveExercise.ENDEX)).join();
        ex.ended().get(10, TimeUnit.SECONDS);
        assertTrue(end.ts() >= 7200);
        CompletionException refused = assertThrows(CompletionException.class,
            () -> ex.submit(add("c", 1)).join());
        assertTrue(refused.getCause().getMessage().contains("ended"));

        List<String> types = JournalReader.read(f, JournalExpectation.any()).records().stream()
            .map(JournalRecord::type).toList();
        assertEquals(List.of(JournalRecord.START, ClockCommands.SPEED, ClockCommands.PLAY, ClockCommands.PAUSE,
            ClockCommands.JUMP, ClockCommands.NO_PLAY, ClockCommands.PLAY, ClockCommands.PAUSE, JournalRecord.ENDEX),
            types);
        assertTrue(ex.clockState().ended());
        assertFalse(JournalReader.read(f, JournalExpectation.any()).records().get(1).outcome().accepted());
        assertEquals(model.sim.traceHash(), replayTrace(f, 3));
    }

    @Test
    void aModelThatFailsEndsTheExerciseAndFailsItsCommands() throws Exception {
        Path f = dir.resolve("fail.jsonl");
        CounterModel broken = new CounterModel(9) {
            @Override
            public nl.paraat.exercise.journal.Outcome apply(Command cmd) {
                throw new IllegalStateException("model bug");
            }
        };
        LiveExercise<CounterModel.Snap, String> ex = exercise(broken, TimeSource.system(), 1, f);
        ex.start("facilitator");
        CompletionException e = assertThrows(CompletionException.class, () -> ex.submit(add("roaz", 1)).join());
        assertTrue(e.getCause().getMessage().contains("model bug"));
        assertThrows(java.util.concurrent.ExecutionException.class, () -> ex.ended().get(10, TimeUnit.SECONDS));
        assertThrows(CompletionException.class, () -> ex.submit(add("roaz", 2)).join());
        ex.close();
        assertEquals(1, JournalReader.read(f, JournalExpectation.any()).records().size(), "only the start");
    }

    @Test
    void replayOfAJournalFromAnotherModelIsRefused() {
        Path f = dir.resolve("x.jsonl");
        CounterModel model = new CounterModel(5);
        LiveExercise<CounterModel.Snap, String> ex = exercise(model, TimeSource.system(), 1, f);
        ex.start("facilitator");
        ex.submit(add("roaz", 3)).join();
        ex.close();
        JournalContents c = JournalReader.read(f, JournalExpectation.any());
        CounterModel other = new CounterModel(5) {
            @Override
            public nl.paraat.exercise.journal.Outcome apply(Command cmd) {
                return nl.paraat.exercise.journal.Outcome.rejected("other rules");
            }
        };
        var e = assertThrows(nl.paraat.exercise.journal.JournalException.class,
            () -> new JournalReplay(f, other, new ReplayApplier(f, other), FMT).replayUntil(c.records(), c.lastTime()));
        assertTrue(e.getMessage().contains("line 3:") && e.getMessage().contains("accepted live"), e.getMessage());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what);
            }
            Thread.sleep(2);
        }
    }
}
