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
        LiveExercise<LiveView, LiveHappening> live = new LiveExercise<>(model, clock, w, time, 1_000_000L);
        HappeningFeed<LiveHappening> feed = live.subscribe();
        live.start("facilitator");
        live.submit(Command.of("facilitator", ClockCommands.PLAY)).join();
        for (int i = 0; i < 6; i++) {
            time.advanceMillis(30_000); // 30 min of simulated time at 60x
            live.submit(new Command("ghor", "prioritise-vulnerable-care",
                JsonNodeFactory.instance.objectNode().put("region", "vr-brabant-zuidoost"))).join();
            live.submit(new Command("facilitator", "inject.hold",
                JsonNodeFactory.instance.objectNode().put("inject", "N1"))).join();
        }
        live.submit(new Command("ghor", MessageBoard.SEND, JsonNodeFactory.instance.objectNode()
            .put("to", "facilitator").put("text", "Hoeveel bedden zijn er vrij?"))).join();
        live.submit(new Command("facilitator", MessageBoard.SEND, JsonNodeFactory.instance.objectNode()
            .put("to", "ghor").put("as", "Ziekenhuis Eindhoven").put("text", "Twaalf.").put("inReplyTo", 1))).join();
        live.submit(new Command("ghor", MessageBoard.ACK, JsonNodeFactory.instance.objectNode()
            .put("item", "message:2"))).join();
        JournalRecord bad = live.submit(new Command("rot", MessageBoard.READ, JsonNodeFactory.instance.objectNode()
            .put("item", "message:2"))).join();
        assertTrue(!bad.outcome().accepted() && bad.outcome().reason().contains("not in your inbox"));
        live.submit(new Command("rot", MessageBoard.LOG, JsonNodeFactory.instance.objectNode()
            .put("text", "Besluit: brandstof naar zorglocaties."))).join();
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
        MessageBoard.Inbox ghor = view.inboxes().get("ghor");
        assertEquals("Ziekenhuis Eindhoven", ghor.received().get(0).as());
        assertEquals(java.util.Set.of("message:2"), ghor.acknowledged());
        assertEquals(1, view.inboxes().get("rot").log().size());
        assertEquals(1, view.inboxes().get("facilitator").received().size());
        live.close();
        live.ended().get(10, TimeUnit.SECONDS);

        List<nl.paraat.exercise.runtime.Happening<LiveHappening>> published = new ArrayList<>();
        feed.drainTo(published);
        assertEquals(exercise.happenings(), published.stream().map(nl.paraat.exercise.runtime.Happening::what)
            .filter(h -> h instanceof LiveHappening.Core).map(h -> ((LiveHappening.Core) h).happening()).toList(),
            "every happening of the exercise reached the feed, in order");

        JournalContents c = JournalReader.read(j, new JournalExpectation(JournaledRun.sha256(bytes), "0.1.0"));
        Exercise replayed = JournaledRun.rebuild(c.header(), scenario, catalog);
        ExerciseModel replayedModel = new ExerciseModel(replayed);
        JournaledRun.replay(j, replayedModel, scenario).replayUntil(c.records(), c.lastTime());
        assertEquals(model.board().messages(), replayedModel.board().messages(), "replay rebuilds the messages");
        assertEquals(model.board().inboxes(), replayedModel.board().inboxes(), "and the inbox marks and logs");
        assertEquals(exercise.traceHash(), replayed.traceHash());
        assertEquals(exercise.eventsExecuted(), replayed.eventsExecuted());
        assertEquals(exercise.deliveries().size(), replayed.deliveries().size());
    }
}
