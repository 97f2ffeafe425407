package nl.paraat.exercise.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.Happening;
import nl.paraat.exercise.InjectState;
import nl.paraat.exercise.InjectStatus;
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

/**
 * The white cell's inject and decision-effect commands played live: each is journaled with its outcome (a
 * rejection with its reason), and a replay of the journal gives the same trace.
 */
class WhiteCellLiveTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** mini.json with an ambulance service (rav) in Zeeland, whose decisions take effect after an hour. */
    static byte[] scenarioBytes() throws Exception {
        ObjectNode s = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("src/test/resources/scenarios/mini.json")));
        ObjectNode rav = ((ArrayNode) s.get("roles")).addObject().put("id", "rav").put("type", "rav")
            .put("region", "vr-zeeland");
        rav.putObject("name").put("nl", "RAV Zeeland").put("en", "Ambulance service Zeeland");
        return JSON.writeValueAsString(s).getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode adHoc(String id, String at, String recipient, String channel) {
        ObjectNode i = F.objectNode().put("id", id).put("type", "information").put("channel", channel);
        i.putObject("title").put("nl", "Extra melding").put("en", "Extra report");
        i.putObject("text").put("nl", "Er staat een file bij de tunnel.").put("en", "A queue at the tunnel.");
        i.putObject("trigger").put("at", at);
        i.putArray("recipients").add(recipient);
        ObjectNode sender = i.putObject("sender");
        sender.putObject("name").put("nl", "Wegbeheerder").put("en", "Road authority");
        sender.putObject("organisation").put("nl", "Rijkswaterstaat").put("en", "Rijkswaterstaat");
        return i;
    }

    private static Command facilitator(String type, ObjectNode params) {
        return new Command("facilitator", type, params);
    }

    @Test
    void injectAndEffectCommandsAreJournaledAndReplayToTheSameTrace() throws Exception {
        byte[] bytes = scenarioBytes();
        WorldCatalog catalog = WorldCatalog.standard();
        var load = new ScenarioLoader(catalog).parse("mini-rav.json", bytes);
        assertTrue(load.ok(), () -> load.problems().toString());
        Scenario scenario = load.scenario();
        Casting casting = Casting.all(scenario, Player.PERSON);
        Exercise exercise = Exercise.create(scenario, 3, 0, casting, catalog);
        ExerciseModel model = new ExerciseModel(exercise);
        ManualTimeSource time = new ManualTimeSource(0);
        PacedClock clock = new PacedClock(time, model, 60, List.of());
        Path j = dir.resolve("white-cell.jsonl");
        JournalWriter w = JournalWriter.create(j, JournaledRun.header(scenario, "mini-rav.json", bytes, 3, 0, casting,
            "0.1.0"), scenario.time()::format, JournalWriter.Sync.DATA);
        LiveExercise<LiveView, LiveHappening> live = new LiveExercise<>(model, clock, w, time, 1_000_000L);
        HappeningFeed<LiveHappening> feed = live.subscribe();
        live.start("facilitator");
        live.submit(Command.of("facilitator", ClockCommands.PLAY)).join();
        List<JournalRecord> acks = new ArrayList<>();

        // ad-hoc injects: one valid, one invalid (reasons located in the inject's text)
        acks.add(live.submit(facilitator("inject.add", F.objectNode()
            .set("inject", adHoc("X1", "D-1 23:30", "ghor", "mail")))).join());
        ObjectNode broken = adHoc("X2", "D-1 23:30", "brandweer", "telex");
        acks.add(live.submit(facilitator("inject.add", F.objectNode().set("inject", broken))).join());
        acks.add(live.submit(facilitator("inject.add", F.objectNode()
            .set("inject", adHoc("T1", "D-1 23:30", "ghor", "mail")))).join());
        // edit a pending inject: new text and a later time; a trigger of another kind is refused
        ObjectNode edited = adHoc("X1", "D 00:30", "rot", "phone");
        edited.putObject("text").put("nl", "De file is langer.").put("en", "The queue is longer.");
        acks.add(live.submit(facilitator("inject.edit", F.objectNode().set("inject", edited))).join());
        ObjectNode retrigger = adHoc("X1", "D 00:30", "rot", "phone");
        retrigger.putObject("trigger").put("afterInject", "T1");
        acks.add(live.submit(facilitator("inject.edit", F.objectNode().set("inject", retrigger))).join());
        // a decision with a delayed effect, changed and then confirmed; a second one vetoed
        acks.add(live.submit(new Command("rav", "scale-up-ambulances",
            F.objectNode().put("region", "vr-zeeland").put("count", 1))).join());
        acks.add(live.submit(facilitator("decision.change", F.objectNode().put("decision", 1).put("count", 2))).join());
        acks.add(live.submit(facilitator("decision.change", F.objectNode().put("decision", 1).put("count", 90))).join());
        acks.add(live.submit(facilitator("decision.accept", F.objectNode().put("decision", 1))).join());
        acks.add(live.submit(new Command("rav", "scale-up-ambulances",
            F.objectNode().put("region", "vr-zeeland").put("count", 1))).join());
        acks.add(live.submit(facilitator("decision.veto", F.objectNode().put("decision", 2))).join());
        acks.add(live.submit(facilitator("decision.veto", F.objectNode().put("decision", 2))).join());
        acks.add(live.submit(facilitator("decision.veto", F.objectNode().put("decision", 9))).join());
        time.advanceMillis(3_600_000 / 60 * 3); // three simulated hours at 60x: T1 delivered, effects arrived
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (live.simTime() < 3 * 3600 - 60 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        acks.add(live.submit(facilitator("decision.veto", F.objectNode().put("decision", 1))).join());
        ObjectNode late = adHoc("T1", "D 05:00", "rot", "phone");
        late.put("id", "T1");
        acks.add(live.submit(facilitator("inject.edit", F.objectNode().set("inject", late))).join());
        // hold, release and cancel, on ad-hoc injects too
        acks.add(live.submit(facilitator("inject.add", F.objectNode()
            .set("inject", adHoc("X3", "D 04:00", "nctv", "news")))).join());
        acks.add(live.submit(facilitator("inject.hold", F.objectNode().put("inject", "X3"))).join());
        acks.add(live.submit(facilitator("inject.release", F.objectNode().put("inject", "X3"))).join());
        acks.add(live.submit(facilitator("inject.add", F.objectNode()
            .set("inject", adHoc("X4", "D 05:00", "nctv", "news")))).join());
        acks.add(live.submit(facilitator("inject.cancel", F.objectNode().put("inject", "X4"))).join());
        acks.add(live.submit(facilitator("inject.release", F.objectNode().put("inject", "X4"))).join());

        List<Boolean> accepted = acks.stream().map(r -> r.outcome().accepted()).toList();
        assertEquals(List.of(true, false, false, true, false, true, true, false, true, true, true, false, false, false,
            false, true, true, true, true, true, false), accepted, () -> acks.stream().map(r -> r.type() + " " + r.outcome()).toList().toString());
        String broke = acks.get(1).outcome().reason();
        assertTrue(broke.contains("inject.add:1:") && broke.contains("recipient") && broke.contains("telex"), broke);
        assertTrue(acks.get(2).outcome().reason().contains("duplicate inject id \"T1\""), acks.get(2).outcome().reason());
        assertTrue(acks.get(4).outcome().reason().contains("only a time"), acks.get(4).outcome().reason());
        assertTrue(acks.get(7).outcome().reason().contains("More than 20%"), acks.get(7).outcome().reason());
        assertTrue(acks.get(11).outcome().reason().contains("already arrived or was vetoed"));
        assertTrue(acks.get(12).outcome().reason().contains("unknown decision"));
        assertTrue(acks.get(13).outcome().reason().contains("already arrived"));
        assertTrue(acks.get(14).outcome().reason().contains("already delivered"));
        assertTrue(acks.get(20).outcome().reason().contains("cancelled"), acks.get(20).outcome().reason());

        live.submit(facilitator(ClockCommands.JUMP, F.objectNode().put("ts", scenario.end()))).join();
        deadline = System.nanoTime() + 10_000_000_000L;
        while (live.simTime() < scenario.end() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        live.close();
        live.ended().get(10, TimeUnit.SECONDS);

        InjectState x1 = exercise.injectStates().stream().filter(s -> s.injectId().equals("X1")).findFirst().orElseThrow();
        assertEquals(InjectStatus.DELIVERED, x1.status());
        assertEquals(scenario.time().parse("D 00:30"), x1.lastDelivered(), "delivered at its edited time");
        assertEquals("De file is langer.", exercise.view("rot").inbox().stream()
            .filter(i -> i.injectId().equals("X1")).findFirst().orElseThrow().text().nl());
        assertTrue(exercise.view("ghor").inbox().stream().noneMatch(i -> i.injectId().equals("X1")));
        List<InjectState> states = exercise.injectStates();
        assertEquals(InjectStatus.DELIVERED, states.stream().filter(x -> x.injectId().equals("X3")).findFirst()
            .orElseThrow().status(), "released early");
        assertTrue(states.stream().filter(x -> x.injectId().equals("X3")).findFirst().orElseThrow().lastDelivered()
            < scenario.time().parse("D 04:00"));
        assertEquals(InjectStatus.CANCELLED, states.stream().filter(x -> x.injectId().equals("X4")).findFirst()
            .orElseThrow().status());
        List<Happening> h = exercise.happenings();
        assertTrue(h.stream().anyMatch(x -> x instanceof Happening.EffectReviewed r
            && r.review() == Happening.Review.VETOED && r.decision().seq() == 2));
        List<Happening.EffectArrived> arrived = h.stream().filter(x -> x instanceof Happening.EffectArrived)
            .map(x -> (Happening.EffectArrived) x).toList();
        assertEquals(1, arrived.size(), "the vetoed effect never arrives");
        assertEquals(2L, arrived.get(0).decision().params().integer("count"), "the changed effect arrives changed");
        List<nl.paraat.exercise.runtime.Happening<LiveHappening>> published = new ArrayList<>();
        feed.drainTo(published);
        assertEquals(h, published.stream().map(nl.paraat.exercise.runtime.Happening::what)
            .filter(x -> x instanceof LiveHappening.Core).map(x -> ((LiveHappening.Core) x).happening()).toList());

        JournalContents c = JournalReader.read(j, new JournalExpectation(JournaledRun.sha256(bytes), "0.1.0"));
        List<JournalRecord> journaled = JournaledRun.commands(c.records());
        for (JournalRecord ack : acks) {
            assertTrue(journaled.contains(ack), () -> "journaled: " + ack);
        }
        Exercise replayed = JournaledRun.rebuild(c.header(), scenario, catalog);
        JournaledRun.replay(j, new ExerciseModel(replayed), scenario).replayUntil(c.records(), c.lastTime());
        assertEquals(exercise.traceHash(), replayed.traceHash());
        assertEquals(exercise.eventsExecuted(), replayed.eventsExecuted());
        assertEquals(exercise.happenings(), replayed.happenings());
        assertFalse(exercise.world().conserved() != replayed.world().conserved());
    }
}
