package nl.paraat.exercise.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.Player;
import nl.paraat.exercise.clock.ManualTimeSource;
import nl.paraat.exercise.journal.JournalContents;
import nl.paraat.exercise.journal.JournalException;
import nl.paraat.exercise.journal.JournalExpectation;
import nl.paraat.exercise.journal.JournalReader;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoader;
import nl.paraat.world.WorldCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveSessionsTest {
    @TempDir
    Path dir;

    private static void play(LiveSessions.Session s, ManualTimeSource time, int rounds) {
        s.live().submit(Command.of("facilitator", ClockCommands.PLAY)).join();
        for (int i = 0; i < rounds; i++) {
            time.advanceMillis(20_000);
            s.live().submit(new Command("ghor", "prioritise-vulnerable-care",
                JsonNodeFactory.instance.objectNode().put("region", "vr-brabant-zuidoost"))).join();
            s.live().submit(new Command("rot", MessageBoard.LOG,
                JsonNodeFactory.instance.objectNode().put("text", "besluit " + i))).join();
        }
    }

    @Test
    void aLiveExerciseResumedAfterATornEndGoesOnFromItsJournal() throws Exception {
        Path file = Path.of("src/test/resources/scenarios/mini.json");
        byte[] bytes = Files.readAllBytes(file);
        WorldCatalog catalog = WorldCatalog.standard();
        Scenario scenario = new ScenarioLoader(catalog).parse(file.toString(), bytes).scenario();
        Path j = dir.resolve("live.jsonl");
        ManualTimeSource time = new ManualTimeSource(0);
        LiveSessions.Session first = LiveSessions.start(scenario, file.toString(), bytes, 4, 0,
            Casting.all(scenario, Player.PERSON), catalog, "0.1.0", j, time);
        assertEquals(2.0, first.live().clockState().speed(), "the first phase's default speed");
        play(first, time, 3);
        first.live().close();
        byte[] b = Files.readAllBytes(j);
        Files.write(j, Arrays.copyOf(b, b.length - 5)); // the stop record torn, as by a crash

        LiveSessions.Session second = LiveSessions.resume(j, scenario, bytes, catalog, "0.1.0", time);
        assertEquals(1, second.recovered().warnings().size());
        assertEquals(3, second.model().board().log().size(), "the board is rebuilt too");
        play(second, time, 2);
        second.live().submit(Command.of("facilitator", LiveExercise.ENDEX)).join();
        second.live().ended().get(10, TimeUnit.SECONDS);

        JournalContents c = JournalReader.read(j, JournalExpectation.any());
        assertTrue(c.records().stream().anyMatch(r -> r.type().equals(JournalRecord.RESUME)));
        assertEquals(JournalRecord.ENDEX, c.records().get(c.records().size() - 1).type());
        Exercise replayed = JournaledRun.rebuild(c.header(), scenario, catalog);
        ExerciseModel m = new ExerciseModel(replayed);
        JournaledRun.replay(j, m, scenario).replayUntil(c.records(), c.lastTime());
        Exercise live = second.model().exercise();
        assertEquals(live.traceHash(), replayed.traceHash());
        assertEquals(live.eventsExecuted(), replayed.eventsExecuted());
        assertEquals(5, m.board().log().size());

        JournalException ended = assertThrows(JournalException.class,
            () -> LiveSessions.resume(j, scenario, bytes, catalog, "0.1.0", time));
        assertEquals(JournalException.Kind.ENDED, ended.kind());
        assertTrue(List.of(dir.toFile().list()).contains("live.jsonl.bak-1"));
        assertTrue(!List.of(dir.toFile().list()).contains("live.jsonl.bak-2"), "no backup for a refused resume");
    }
}
