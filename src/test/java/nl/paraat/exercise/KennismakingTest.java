package nl.paraat.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.paraat.engine.Simulator;
import nl.paraat.scenario.Inject;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioFiles;
import nl.paraat.scenario.ScenarioLoad;
import nl.paraat.scenario.Trigger;
import nl.paraat.world.WorldCatalog;
import org.junit.jupiter.api.Test;

/** The shipped introduction scenario: valid, every inject reachable, a short deterministic run. */
class KennismakingTest {
    private static final Scenario K = load();

    private static Scenario load() {
        ScenarioLoad l = ScenarioFiles.LOADER.loadShipped("kennismaking");
        assertTrue(l.ok(), l.problems().toString());
        return l.scenario();
    }

    @Test
    void hasTheShapeTheCourseSessionNeeds() {
        assertTrue(K.injects().size() >= 20);
        assertTrue(K.roles().size() >= 4 && K.roles().size() <= 6);
        assertEquals(2 * 3600, K.end());
        Set<Class<?>> kinds = new java.util.HashSet<>();
        K.injects().forEach(i -> kinds.add(i.trigger().getClass()));
        assertEquals(Set.of(Trigger.At.class, Trigger.OnCondition.class, Trigger.AfterDecision.class,
            Trigger.AfterInject.class), kinds);
        assertTrue(K.injects().stream().filter(i -> !i.expectedActions().isEmpty()).allMatch(i -> i.objective() != null));
        K.phases().forEach(p -> assertTrue(p.defaultSpeed().orElseThrow() >= 2 && p.defaultSpeed().orElseThrow() <= 3));
    }

    @Test
    void everyInjectFiresWithTheExampleDecisionsWhenTrustFallsAndTheAirportStaysClosed() {
        Simulator sim = new Simulator();
        ScriptedWorld world = new ScriptedWorld(sim).set("society.trust", "vr-brabant-zuidoost", 60)
            .set("transport.airportsOpen", "NL", 100)
            .setAt(5 * 60, "transport.airportsOpen", "NL", 91)
            .setAt(45 * 60, "society.trust", "vr-brabant-zuidoost", 58);
        DecisionsFile.Result d = DecisionsFile.read(Path.of("docs/examples/kennismaking-decisions.jsonl"), K,
            WorldCatalog.standard());
        assertTrue(d.ok(), d.problems().toString());
        TreeSet<String> persons = new TreeSet<>();
        d.commands().forEach(c -> persons.add(c.command().actor()));
        Exercise e = Exercise.onPort(K, Casting.forPolicy(K, persons, true), WorldCatalog.standard(), sim, world);
        HeadlessRun.run(e, d.commands(), K.end());
        TreeSet<String> fired = new TreeSet<>();
        e.deliveries().forEach(x -> fired.add(x.inject().id()));
        TreeSet<String> all = new TreeSet<>(K.injects().stream().map(Inject::id).toList());
        assertEquals(all, fired);
        ActionTally t = e.tally();
        assertTrue(t.doneOnTime() >= 8, t.toString());
    }

    @Test
    void everyInjectFiresOnTheRealWorldUnderDoctrineAndWithTheExampleDecisions() {
        TreeSet<String> all = new TreeSet<>(K.injects().stream().map(Inject::id).toList());
        Exercise doctrine = HeadlessRun.run(Exercise.create(K, 7, Casting.all(K, Player.DOCTRINE)), List.of(), K.end());
        assertEquals(all, delivered(doctrine), "under doctrine");
        DecisionsFile.Result d = DecisionsFile.read(Path.of("docs/examples/kennismaking-decisions.jsonl"), K,
            WorldCatalog.standard());
        TreeSet<String> persons = new TreeSet<>();
        d.commands().forEach(c -> persons.add(c.command().actor()));
        Exercise played = HeadlessRun.run(Exercise.create(K, 7, Casting.forPolicy(K, persons, true)), d.commands(), K.end());
        assertEquals(all, delivered(played), "with the example decisions");
        assertTrue(played.decisions().stream().allMatch(DecisionRecord::accepted), played.decisions().toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void commandsAppliedAtRandomPointsReplayOnTheRealWorld(long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        DecisionsFile.Result d = DecisionsFile.read(Path.of("docs/examples/kennismaking-decisions.jsonl"), K,
            WorldCatalog.standard());
        Casting casting = Casting.forPolicy(K, List.of("prorail", "defensie"), true);
        Exercise live = Exercise.create(K, seed, casting);
        List<TimedCommand> journal = new java.util.ArrayList<>();
        for (TimedCommand c : d.commands()) {
            live.advanceTo(c.time());
            for (int i = rnd.nextInt(4); i > 0 && live.nextEventTime() <= c.time(); i--) {
                live.step(); // apply among the events of that second, not before them
            }
            journal.add(new TimedCommand(live.now(), java.util.OptionalLong.of(live.eventsExecuted()), c.command(), 0));
            live.apply(c.command());
        }
        live.runUntil(K.end());
        Exercise replay = HeadlessRun.run(Exercise.create(K, seed, casting), journal, K.end());
        assertEquals(HeadlessRun.summaryLine(live), HeadlessRun.summaryLine(replay));
        assertEquals(live.happenings(), replay.happenings());
    }

    private static TreeSet<String> delivered(Exercise e) {
        TreeSet<String> fired = new TreeSet<>();
        e.deliveries().forEach(x -> fired.add(x.inject().id()));
        return fired;
    }

    @Test
    void aShortRunOnTheRealWorldIsDeterministic() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Exercise e = Exercise.create(K, 7, Casting.all(K, Player.DOCTRINE));
            e.runUntil(K.time().parse("D 04:00"));
            assertTrue(e.deliveries().size() >= 10, e.deliveries().size() + " deliveries");
            lines.add(HeadlessRun.summaryLine(e));
        }
        assertEquals(lines.get(0), lines.get(1));
    }
}
