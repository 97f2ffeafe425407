package nl.paraat.exercise.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.Happening;
import nl.paraat.exercise.Player;
import nl.paraat.exercise.clock.ManualTimeSource;
import nl.paraat.exercise.clock.PacedClock;
import nl.paraat.exercise.journal.JournalContents;
import nl.paraat.exercise.journal.JournalExpectation;
import nl.paraat.exercise.journal.JournalReader;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.exercise.journal.JournalWriter;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoader;
import nl.paraat.world.WorldCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live exercise on the real exercise core: journal, happenings, role views, replay. */
class ExerciseLiveTest {
    @TempDir
    Path dir;

    @Test
    void liveExerciseReplaysToTheSameTraceAndPublishesRoleViews() throws Exception {
        Path file = Path.of("src/test/resources/scenarios/mini.json");
        byte[] bytes = Files.readAllBytes(file);
        WorldCatalog catalog = WorldCatalog.standard();
        Scenario scenario = new ScenarioLoader(catalog).parse(file.toString(), bytes).scenario();
        Casting casting = Casting.all(scenario, Player.PERSON);
        Exercise exercise = Exercise.create(scenario, 3, 0, casting, catalog);
        ExerciseModel model = new ExerciseModel(exercise);
        ManualTimeSource time = new ManualTimeSource(0);
        PacedClock clock = new PacedClock(time, model, 60, List.of());
        Path j = dir.resolve("live.jsonl");
        JournalWriter w = JournalWriter.create(j, JournaledRun.header(scenario, file.toString(), bytes, 3, 0, casting,
            "0.1.0"), scenario.time()::format, JournalWriter.Sync.DATA);
        LiveExercise<LiveView, Happening> live = new LiveExercise<>(model, clock, w, time, 1_000_000L);
        HappeningFeed<Happening> feed = live.subscribe();
        live.start("facilitator");
        live.submit(Command.of("facilitator", ClockCommands.PLAY)).join();
        for (int i = 0; i < 6; i++) {
            time.advanceMillis(30_000); // 30 min of simulated time at 60x
            live.submit(new Command("ghor", "prioritise-vulnerable-care",
                JsonNodeFactory.instance.objectNode().put("region", "vr-brabant-zuidoost"))).join();
            live.submit(new Command("facilitator", "inject.hold",
                JsonNodeFactory.instance.objectNode().put("inject", "N1"))).join();
        }
        JournalRecord jump = live.submit(new Command("facilitator", ClockCommands.JUMP,
            JsonNodeFactory.instance.objectNode().put("ts", scenario.end()))).join();
        assertTrue(jump.outcome().accepted());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (live.simTime() < scenario.end() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        LiveView view = live.snapshot();
        assertEquals(scenario.end(), view.facilitator().now());
        assertEquals(List.of("ghor", "nctv", "prorail", "rot"), new ArrayList<>(view.roles().keySet()));
        assertEquals(scenario.end(), view.roles().get("ghor").now());
        live.close();
        live.ended().get(10, TimeUnit.SECONDS);

        List<nl.paraat.exercise.runtime.Happening<Happening>> published = new ArrayList<>();
        feed.drainTo(published);
        assertEquals(exercise.happenings(), published.stream().map(nl.paraat.exercise.runtime.Happening::what).toList(),
            "every happening of the exercise reached the feed, in order");

        JournalContents c = JournalReader.read(j, new JournalExpectation(JournaledRun.sha256(bytes), "0.1.0"));
        Exercise replayed = JournaledRun.rebuild(c.header(), scenario, catalog);
        JournaledRun.replay(j, replayed, scenario).replayUntil(c.records(), c.lastTime());
        assertEquals(exercise.traceHash(), replayed.traceHash());
        assertEquals(exercise.eventsExecuted(), replayed.eventsExecuted());
        assertEquals(exercise.deliveries().size(), replayed.deliveries().size());
    }
}
