package nl.paraat.exercise.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import nl.paraat.exercise.clock.ManualTimeSource;
import nl.paraat.exercise.clock.PacedClock;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReplayTest {
    @TempDir
    Path dir;

    /** Plays live under a paced clock with commands at whatever point play is at; returns the live trace. */
    private static long[] playLive(long seed, SplittableRandom rnd, Path file) {
        ManualTimeSource time = new ManualTimeSource(0);
        CommandedWorld world = new CommandedWorld(seed, time, 20_000 + rnd.nextInt(100_000));
        PacedClock clock = new PacedClock(time, world, 60 + rnd.nextInt(3000), List.of());
        try (JournalWriter w = JournalWriter.create(file, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.DATA)) {
            w.append(new RecordDraft(0, 0, "facilitator", JournalRecord.START, null, Outcome.ACCEPTED));
            clock.play();
            for (int op = 0; op < 150; op++) {
                int r = rnd.nextInt(10);
                if (r < 6) {
                    time.advance(rnd.nextLong(500_000_000L));
                    for (int i = rnd.nextInt(6); i > 0; i--) {
                        clock.runSlice();
                    }
                } else if (r < 8) {
                    int n = rnd.nextInt(1000);
                    boolean accepted = n % 4 != 0;
                    if (accepted) {
                        world.apply("decision.test", n);
                    }
                    w.append(new RecordDraft(world.now(), world.eventsExecuted(), "roaz-noord", "decision.test",
                        JsonNodeFactory.instance.objectNode().put("n", n),
                        accepted ? Outcome.ACCEPTED : Outcome.rejected("test")));
                } else if (r == 8) {
                    clock.stepOneEvent();
                    clock.play();
                } else {
                    clock.setSpeed(1 + rnd.nextInt(3600));
                }
            }
            clock.pause();
            while (!clock.runSlice().caughtUp()) {
                // catch up to the frozen target
            }
            w.append(new RecordDraft(world.now(), world.eventsExecuted(), "system", JournalRecord.STOP, null,
                Outcome.ACCEPTED));
        }
        return new long[] {world.sim.traceHash(), world.eventsExecuted(), world.now()};
    }

    private static JournalReplay.Applier applierFor(CommandedWorld world) {
        return r -> {
            if (r.type().equals("decision.test") && r.outcome().accepted()) {
                world.apply(r);
            }
        };
    }

    @RepeatedTest(15)
    void replayAppliesEachCommandAtItsExactPointAndGivesTheLiveTrace(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(4242L * info.getCurrentRepetition());
        long seed = rnd.nextLong();
        Path f = dir.resolve("live.jsonl");
        long[] live = playLive(seed, rnd, f);
        JournalContents c = JournalReader.read(f, Fixtures.expectation());
        CommandedWorld replayed = new CommandedWorld(seed, null, 0);
        int applied = new JournalReplay(f, replayed, applierFor(replayed), Fixtures.DTIME)
            .replayUntil(c.records(), c.lastTime());
        assertEquals(c.records().size(), applied);
        assertEquals(live[2], replayed.now());
        assertEquals(live[1], replayed.eventsExecuted());
        assertEquals(live[0], replayed.sim.traceHash(), "replay gives the live trace");
    }

    @RepeatedTest(5)
    void aForkReplaysToTheSameStateAtItsTimeAsItsParent(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(99L * info.getCurrentRepetition());
        long seed = rnd.nextLong();
        Path f = dir.resolve("parent.jsonl");
        long[] live = playLive(seed, rnd, f);
        JournalContents parent = JournalReader.read(f, Fixtures.expectation());
        long at = live[2] / 2;
        Path out = dir.resolve("fork.jsonl");
        try (JournalWriter w = JournalFork.fork(parent, at, out, Fixtures.DTIME, JournalWriter.Sync.DATA)) {
            assertTrue(w.nextSeq() > 1);
        }
        JournalContents fork = JournalReader.read(out, Fixtures.expectation());
        assertEquals(f.toString(), fork.header().fork().parent());
        assertEquals(Fixtures.sha256(f), fork.header().fork().parentSha256());
        assertEquals(at, fork.header().fork().atTs());
        assertEquals(Fixtures.DTIME.apply(at), fork.header().fork().at());
        assertTrue(fork.records().stream().allMatch(r -> r.ts() <= at && !r.type().equals(JournalRecord.STOP)));

        CommandedWorld a = new CommandedWorld(seed, null, 0);
        new JournalReplay(f, a, applierFor(a), Fixtures.DTIME).replayUntil(parent.records(), at);
        CommandedWorld b = new CommandedWorld(seed, null, 0);
        new JournalReplay(out, b, applierFor(b), Fixtures.DTIME).replayUntil(fork.records(), at);
        assertEquals(a.sim.traceHash(), b.sim.traceHash());
        assertEquals(a.eventsExecuted(), b.eventsExecuted());
    }

    @Test
    void aJournalFromAnotherRunIsRefusedNamingTheLine() {
        Path f = dir.resolve("ex.jsonl");
        try (JournalWriter w = JournalWriter.create(f, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.DATA)) {
            w.append(new RecordDraft(0, 0, "facilitator", JournalRecord.START, null, Outcome.ACCEPTED));
            w.append(new RecordDraft(600, 1_000_000, "roaz-noord", "decision.test",
                JsonNodeFactory.instance.objectNode().put("n", 3), Outcome.ACCEPTED));
        }
        JournalContents c = JournalReader.read(f, Fixtures.expectation());
        CommandedWorld world = new CommandedWorld(1, null, 0);
        JournalException e = assertThrows(JournalException.class,
            () -> new JournalReplay(f, world, applierFor(world), Fixtures.DTIME).replayUntil(c.records(), 10_000));
        assertEquals(JournalException.Kind.DIVERGED, e.kind());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("line 3:") && e.getMessage().contains("after 1000000 events"), e.getMessage());
    }
}
