package nl.paraat.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import nl.paraat.engine.Simulator;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioFiles;
import nl.paraat.world.Params;
import nl.paraat.world.WorldCatalog;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Commands applied live at random points (between any two events) and recorded as (time, events before,
 * command) replay to the same trace hash, deliveries and decisions: what the journal relies on.
 */
class ReplayTest {
    private static final Scenario MINI = ScenarioFiles.load("mini.json");
    private static final List<Command> POOL = List.of(
        Command.decision("prorail", "reroute-military-trains", Params.of("from", "rail-brabantroute", "to", "rail-betuweroute")),
        Command.decision("prorail", "reroute-military-trains", Params.of("from", "rail-brabantroute", "to", "rail-zeeland")),
        Command.decision("nctv", "counter-disinformation", Params.of("topic", "generic")),
        Command.facilitator(Command.TICK, Map.of("action", "T1-meld")),
        Command.facilitator(Command.HOLD_INJECT, Map.of("inject", "N1")),
        Command.facilitator(Command.RELEASE_INJECT, Map.of("inject", "N1")),
        Command.facilitator(Command.CANCEL_INJECT, Map.of("inject", "C1")),
        Command.facilitator(Command.WORLD_EVENT, Map.of("event", "drone-sighting", "airport", "airport-eindhoven")));

    private static Exercise fresh() {
        Simulator sim = new Simulator();
        ScriptedWorld w = new ScriptedWorld(sim).set("society.trustNational", "NL", 70)
            .setAt(3600, "society.trustNational", "NL", 40);
        w.refused.add("counter-disinformation");
        return Exercise.onPort(MINI, Casting.all(MINI, Player.PERSON), WorldCatalog.standard(), sim, w);
    }

    @RepeatedTest(25)
    void recordedCommandsReplayToTheSameTrace(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(0x5e9L + info.getCurrentRepetition());
        Exercise live = fresh();
        List<TimedCommand> journal = new ArrayList<>();
        while (live.now() < MINI.end()) {
            int steps = rnd.nextInt(4);
            for (int i = 0; i < steps && live.nextEventTime() <= MINI.end(); i++) {
                live.step();
            }
            if (rnd.nextInt(3) == 0) {
                live.advanceTo(Math.min(MINI.end(), live.now() + rnd.nextInt(1800)));
            }
            if (live.nextEventTime() > MINI.end() && live.now() >= MINI.end()) {
                break;
            }
            Command c = POOL.get(rnd.nextInt(POOL.size()));
            journal.add(new TimedCommand(live.now(), OptionalLong.of(live.eventsExecuted()), c, 0));
            live.apply(c);
            if (live.nextEventTime() > MINI.end()) {
                live.advanceTo(MINI.end());
            }
        }
        live.runUntil(MINI.end());

        Exercise replay = HeadlessRun.run(fresh(), journal, MINI.end());
        assertEquals(String.format("%016x", live.traceHash()), String.format("%016x", replay.traceHash()));
        assertEquals(live.eventsExecuted(), replay.eventsExecuted());
        assertEquals(live.deliveries(), replay.deliveries());
        assertEquals(live.decisions(), replay.decisions());
        assertEquals(live.happenings(), replay.happenings());
        assertEquals(HeadlessRun.summaryLine(live), HeadlessRun.summaryLine(replay));
    }
}
