package nl.paraat.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.paraat.engine.Simulator;
import nl.paraat.scenario.Channel;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioFiles;
import nl.paraat.world.Params;
import nl.paraat.world.Proposal;
import nl.paraat.world.WorldCatalog;
import org.junit.jupiter.api.Test;

/**
 * The core's rules on mini.json (T0 = D-1 22:00, end D 06:00) with a scripted world: sampling every
 * hour, decisions take effect after 30 minutes.
 */
class ExerciseTest {
    private static final long H = 3600;
    private static final long M = 60;
    private static final Scenario MINI = ScenarioFiles.load("mini.json");

    private final Simulator sim = new Simulator();
    private final ScriptedWorld world = new ScriptedWorld(sim).set("society.trustNational", "NL", 70);

    private Exercise exercise(Casting casting) {
        return Exercise.onPort(MINI, casting, WorldCatalog.standard(), sim, world);
    }

    private Exercise persons() {
        return exercise(Casting.all(MINI, Player.PERSON));
    }

    private static Command reroute(String to) {
        return Command.decision("prorail", "reroute-military-trains",
            Params.of("from", "rail-brabantroute", "to", to));
    }

    private static List<String> delivered(Exercise e) {
        return e.deliveries().stream().map(d -> d.inject().id() + "@" + d.time()).toList();
    }

    @Test
    void timeAndInjectTriggersDeliverToTheRecipientsInboxesPerChannel() {
        Exercise e = persons();
        e.runUntil(MINI.end());
        assertEquals(List.of("T1@3900", "N1@5700"), delivered(e));
        assertEquals(1, e.view("rot").inbox(Channel.PHONE).size());
        assertEquals(0, e.view("rot").inbox(Channel.MAIL).size());
        assertEquals(List.of("N1"), e.view("ghor").inbox().stream().map(InboxItem::injectId).toList());
        assertTrue(e.view("nctv").inbox().isEmpty());
        assertEquals(List.of("3600 rail-cable-cut {corridor=rail-brabantroute, hours=6}"), world.appliedEvents);
    }

    @Test
    void conditionTriggerWaitsForItsDurationAndRearmsAfterClearing() {
        world.setAt(H, "society.trustNational", "NL", 45)      // true from the sample at 1 h
            .setAt(3 * H + 30 * M, "society.trustNational", "NL", 60) // false at the sample at 4 h: re-armed
            .setAt(4 * H + 30 * M, "society.trustNational", "NL", 40);
        Exercise e = persons();
        e.runUntil(MINI.end());
        List<Long> times = e.deliveries().stream().filter(d -> d.inject().id().equals("C1")).map(Delivery::time).toList();
        assertEquals(List.of(2 * H, 6 * H), times, "fires after holding 1 h, again after clearing and holding 1 h");
        assertEquals(2, e.actions().stream().filter(a -> a.injectId().equals("C1")).count());
        assertEquals("C1/1#2", e.actions().get(e.actions().size() - 1).id());
    }

    @Test
    void conditionThatStopsHoldingBeforeItsDurationDoesNotFire() {
        world.setAt(H, "society.trustNational", "NL", 45).setAt(H + 30 * M, "society.trustNational", "NL", 55);
        Exercise e = persons();
        e.runUntil(MINI.end());
        assertFalse(delivered(e).stream().anyMatch(s -> s.startsWith("C1")));
    }

    @Test
    void decisionTriggerFiresOnAMatchingDecisionWithItsDelayAndAppliesTheInjectsEffects() {
        Exercise e = persons();
        e.advanceTo(4 * H);
        CommandOutcome wrong = e.apply(reroute("rail-zeeland"));
        assertTrue(wrong.accepted());
        e.runUntil(5 * H);
        assertFalse(delivered(e).stream().anyMatch(s -> s.startsWith("D1")), "match on 'to' fails");
        CommandOutcome ok = e.apply(reroute("rail-betuweroute"));
        assertEquals(5 * H + ScriptedWorld.EFFECT_DELAY, ok.effectiveAt());
        e.runUntil(MINI.end());
        assertTrue(delivered(e).contains("D1@" + (5 * H + 15 * M)), delivered(e).toString());
        assertTrue(world.appliedEvents.contains((5 * H + 25 * M) + " hospital-train-delay {hours=2}"), world.appliedEvents.toString());
        assertTrue(e.happenings().stream().anyMatch(h -> h instanceof Happening.EffectArrived ea
            && ea.time() == ok.effectiveAt()));
    }

    @Test
    void expectedActionsAreOnTimeLateMissedOrTickedOff() {
        Exercise e = persons();
        e.advanceTo(4000); // T1 delivered at 3900: reroute due 7500, manual due 7200 (D 00:00)
        e.apply(reroute("rail-betuweroute"));
        e.runUntil(MINI.end());
        Map<String, ActionStatus> st = statusById(e);
        assertEquals(ActionStatus.DONE_ON_TIME, st.get("T1/1"));
        assertEquals(ActionStatus.MISSED, st.get("T1-meld"));

        Simulator sim2 = new Simulator();
        Exercise late = Exercise.onPort(MINI, Casting.all(MINI, Player.PERSON), WorldCatalog.standard(), sim2,
            new ScriptedWorld(sim2));
        late.advanceTo(7600);
        late.apply(reroute("rail-betuweroute"));
        CommandOutcome tick = late.apply(Command.facilitator(Command.TICK, Map.of("action", "T1-meld")));
        assertTrue(tick.accepted());
        assertFalse(late.apply(Command.facilitator(Command.TICK, Map.of("action", "T1-meld"))).accepted(),
            "ticked once");
        Map<String, ActionStatus> st2 = statusById(late);
        assertEquals(ActionStatus.LATE, st2.get("T1/1"));
        assertEquals(ActionStatus.LATE, st2.get("T1-meld"));
        assertEquals(new ActionTally(0, 0, 2, 0), late.tally());
    }

    @Test
    void aDecisionTakenBeforeTheInjectArrivesCountsAsDoneOnTime() {
        Exercise e = persons();
        e.advanceTo(10 * M);
        e.apply(reroute("rail-zeeland"));
        e.runUntil(2 * H);
        assertEquals(ActionStatus.DONE_ON_TIME, statusById(e).get("T1/1"));
    }

    @Test
    void doctrineRolesDecideEveryHourAfterSampling() {
        world.doctrine.put("prorail", new java.util.ArrayList<>(List.of(new Proposal("reroute-military-trains",
            Params.of("from", "rail-brabantroute", "to", "rail-betuweroute")))));
        Exercise e = exercise(Casting.forPolicy(MINI, List.of(), true));
        e.runUntil(MINI.end());
        DecisionRecord d = e.decisions().get(0);
        assertEquals(Player.DOCTRINE, d.source());
        assertEquals(0, d.time(), "at the first sample");
        assertEquals(1, e.decisions().size(), "the proposal is gone once accepted");
        assertTrue(delivered(e).contains("D1@" + 15 * M));
        assertEquals(ActionStatus.DONE_ON_TIME, statusById(e).get("T1/1"));

        Simulator sim2 = new Simulator();
        ScriptedWorld w2 = new ScriptedWorld(sim2);
        w2.doctrine.putAll(world.doctrine);
        Exercise none = Exercise.onPort(MINI, Casting.forPolicy(MINI, List.of(), false), WorldCatalog.standard(),
            sim2, w2);
        none.runUntil(MINI.end());
        assertTrue(none.decisions().isEmpty(), "policy none takes no decisions");
    }

    @Test
    void theMixedFilterTakesEachDecisionPointInSomeReplicationsAndNotInOthers() {
        int taken = 0;
        for (int rep = 0; rep < 40; rep++) {
            List<Proposal> chosen = DoctrineFilter.mixed(0.5).choose(MINI.role("prorail").orElseThrow().instance(),
                List.of(new Proposal("reroute-military-trains", Params.empty())), new nl.paraat.engine.RandomStreams(9, rep));
            List<Proposal> again = DoctrineFilter.mixed(0.5).choose(MINI.role("prorail").orElseThrow().instance(),
                List.of(new Proposal("reroute-military-trains", Params.empty())), new nl.paraat.engine.RandomStreams(9, rep));
            assertEquals(chosen, again, "a pure function of the replication");
            taken += chosen.size();
        }
        assertTrue(taken > 5 && taken < 35, taken + " of 40");
    }

    @Test
    void aRoleSeesOnlyItsInboxItsDecisionsAndDelayedIndicators() {
        world.setAt(H, "society.trustNational", "NL", 60);
        Exercise e = persons();
        e.advanceTo(2 * H);
        e.apply(reroute("rail-betuweroute"));
        RoleView prorail = e.view("prorail");
        assertEquals(1, prorail.decisions().size());
        assertTrue(e.view("rot").decisions().isEmpty());
        assertEquals(List.of("T1"), prorail.inbox().stream().map(InboxItem::injectId).toList());
        IndicatorReading trust = e.view("nctv").indicators().stream()
            .filter(r -> r.indicator().equals("society.trustNational")).findFirst().orElseThrow();
        assertEquals(0, trust.asOf(), "society lags 2 h");
        assertEquals(70, trust.value(), 1e-9, "the true value is already 60");
        assertTrue(e.view("rot").indicators().stream().filter(r -> r.indicator().equals("society.trust"))
            .allMatch(r -> r.scope().equals("vr-brabant-zuidoost")), "regional indicators of its own region");
        assertThrows(IllegalArgumentException.class, () -> e.view("nobody"));
    }

    @Test
    void facilitatorHoldsReleasesAndCancelsInjects() {
        Exercise e = persons();
        assertTrue(e.apply(Command.facilitator(Command.HOLD_INJECT, Map.of("inject", "T1"))).accepted());
        assertTrue(e.apply(Command.facilitator(Command.CANCEL_INJECT, Map.of("inject", "C1"))).accepted());
        e.runUntil(2 * H);
        assertTrue(e.deliveries().isEmpty(), "T1 held, so N1 waits too");
        assertEquals(InjectStatus.HELD, state(e, "T1").status());
        e.apply(Command.facilitator(Command.RELEASE_INJECT, Map.of("inject", "T1")));
        assertEquals(List.of("T1@7200"), delivered(e));
        assertFalse(e.apply(Command.facilitator(Command.RELEASE_INJECT, Map.of("inject", "T1"))).accepted());
        e.apply(Command.facilitator(Command.RELEASE_INJECT, Map.of("inject", "D1"))); // early release
        e.runUntil(MINI.end());
        assertEquals(List.of("T1@7200", "D1@7200", "N1@9000"), delivered(e));
        assertEquals(InjectStatus.CANCELLED, state(e, "C1").status());
        assertFalse(e.apply(new Command("observer:anna", Command.CANCEL_INJECT, Params.of("inject", "N1"))).accepted());
        assertFalse(e.apply(Command.facilitator(Command.HOLD_INJECT, Map.of("inject", "X"))).accepted());
    }

    @Test
    void badCommandsAreRejectedWithAReasonAndChangeNothing() {
        world.refused.add("counter-disinformation");
        Exercise e = persons();
        CommandOutcome unknownRole = e.apply(Command.decision("brandweer", "counter-disinformation", Params.empty()));
        assertFalse(unknownRole.accepted());
        assertTrue(unknownRole.reason().en().contains("unknown role"));
        CommandOutcome refused = e.apply(Command.decision("nctv", "counter-disinformation", Params.of("topic", "generic")));
        assertFalse(refused.accepted());
        assertEquals("refused", refused.reason().en());
        assertTrue(e.happenings().get(e.happenings().size() - 1) instanceof Happening.DecisionRejected);
        assertEquals(0, e.acceptedDecisions());
        assertFalse(e.apply(Command.facilitator("inject.explode", Map.of())).accepted());
        assertFalse(e.apply(Command.facilitator(Command.WORLD_EVENT, Map.of("event", "alien-landing"))).accepted());
        assertFalse(e.apply(Command.facilitator(Command.WORLD_EVENT, Map.of("event", "drone-sighting"))).accepted(),
            "airport missing");
        assertTrue(e.apply(Command.facilitator(Command.WORLD_EVENT,
            Map.of("event", "drone-sighting", "airport", "airport-eindhoven"))).accepted());
        assertEquals(1, world.appliedEvents.size());
    }

    @Test
    void happeningsAreNumberedInOrderAndListenersHearEach() {
        List<Happening> heard = new java.util.ArrayList<>();
        Exercise e = persons();
        e.addListener(heard::add);
        e.runUntil(MINI.end());
        List<Happening> all = e.happenings();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).seq());
            if (i > 0) {
                assertTrue(all.get(i - 1).time() <= all.get(i).time());
            }
        }
        assertEquals(all.subList(all.size() - heard.size(), all.size()), heard);
        assertTrue(all.get(0) instanceof Happening.PhaseStarted, "the first phase starts at T0");
        ExerciseSnapshot s = e.snapshot();
        assertEquals("ochtend", s.phase());
        assertEquals(e.traceHash(), s.traceHash());
    }

    @Test
    void commandsChangeTheTrace() {
        Exercise a = persons();
        a.runUntil(MINI.end());
        Simulator sim2 = new Simulator();
        Exercise b = Exercise.onPort(MINI, Casting.all(MINI, Player.PERSON), WorldCatalog.standard(), sim2,
            new ScriptedWorld(sim2).set("society.trustNational", "NL", 70));
        b.advanceTo(H);
        b.apply(Command.facilitator(Command.TICK, Map.of("action", "nothing")));
        b.runUntil(MINI.end());
        assertNotEquals(a.traceHash(), b.traceHash(), "a rejected command is part of the trace too");
        assertEquals(a.eventsExecuted(), b.eventsExecuted());
    }

    private static Map<String, ActionStatus> statusById(Exercise e) {
        Map<String, ActionStatus> m = new java.util.TreeMap<>();
        e.actions().forEach(a -> m.put(a.id(), a.status()));
        return m;
    }

    private static InjectState state(Exercise e, String id) {
        return e.injectStates().stream().filter(s -> s.injectId().equals(id)).findFirst().orElseThrow();
    }
}
