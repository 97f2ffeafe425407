package nl.paraat.exercise.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Command;
import nl.paraat.exercise.CommandOutcome;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.Player;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoader;
import nl.paraat.world.Params;
import nl.paraat.world.WorldCatalog;
import org.junit.jupiter.api.Test;

/** A decision's effect vetoed or changed by the facilitator, on the real world, against twin runs. */
class EffectReviewTest {
    private static final long H = 3600;

    private static Exercise exercise() throws Exception {
        WorldCatalog catalog = WorldCatalog.standard();
        Scenario s = new ScenarioLoader(catalog).parse("mini-rav.json", WhiteCellLiveTest.scenarioBytes()).scenario();
        return Exercise.create(s, 3, 0, Casting.all(s, Player.PERSON), catalog);
    }

    private static CommandOutcome ambulances(Exercise e, int count) {
        return e.apply(Command.decision("rav", "scale-up-ambulances", Params.of("region", "vr-zeeland", "count", count)));
    }

    private static CommandOutcome review(Exercise e, String type, Object... extra) {
        Object[] kv = new Object[extra.length + 2];
        kv[0] = "decision";
        kv[1] = 1;
        System.arraycopy(extra, 0, kv, 2, extra.length);
        return e.apply(Command.facilitator(type, Params.of(kv).values()));
    }

    private static double ambulancesFreeAt(Exercise e, long t) {
        e.runUntil(t);
        return e.world().indicator("health.ambulancesFree", "NL");
    }

    @Test
    void vetoedEffectNeverArrivesAndChangedEffectArrivesChanged() throws Exception {
        Exercise vetoed = exercise();
        Exercise twin = exercise();
        Exercise changed = exercise();
        Exercise confirmed = exercise();
        Exercise none = exercise();
        for (Exercise e : new Exercise[] {vetoed, twin, changed, confirmed, none}) {
            e.advanceTo(H);
        }
        for (Exercise e : new Exercise[] {vetoed, twin, changed, confirmed}) {
            assertTrue(ambulances(e, 1).accepted());
            e.advanceTo(H + 600);
        }
        assertTrue(review(vetoed, Command.VETO_EFFECT).accepted());
        assertTrue(review(changed, Command.CHANGE_EFFECT, "count", 2).accepted());
        assertTrue(review(confirmed, Command.ACCEPT_EFFECT).accepted());
        long t = 3 * H;
        double withVeto = ambulancesFreeAt(vetoed, t);
        assertTrue(ambulancesFreeAt(twin, t) > withVeto, "the twin without the veto has the extra ambulance");
        assertEquals(ambulancesFreeAt(none, t), withVeto, "vetoed: as if the effect never came");
        assertEquals(ambulancesFreeAt(twin, t) + 1, ambulancesFreeAt(changed, t), "changed to two ambulances");
        assertEquals(ambulancesFreeAt(twin, t), ambulancesFreeAt(confirmed, t), "a confirmation changes nothing");
        assertNotEquals(twin.traceHash(), confirmed.traceHash(), "the confirmation is in the trace");
    }

    @Test
    void eachRejectionHasItsReason() throws Exception {
        Exercise e = exercise();
        e.advanceTo(H);
        assertTrue(review(e, Command.VETO_EFFECT).reason().en().contains("unknown decision"));
        assertTrue(ambulances(e, 90).reason().en().contains("More than 20%"));
        assertTrue(review(e, Command.VETO_EFFECT).reason().en().contains("was rejected"), "decision 1 was rejected");
        assertTrue(ambulances(e, 1).accepted());
        CommandOutcome bad = e.apply(Command.facilitator(Command.CHANGE_EFFECT, Map.of("decision", 2, "count", "veel")));
        assertTrue(bad.reason().en().contains("Invalid parameters"), bad.reason().en());
        CommandOutcome notFacilitator = e.apply(new Command("rav", Command.VETO_EFFECT, Params.of("decision", 2)));
        assertTrue(notFacilitator.reason().en().contains("Unknown decision type"), "a role cannot veto");
        e.runUntil(3 * H);
        CommandOutcome late = e.apply(Command.facilitator(Command.VETO_EFFECT, Map.of("decision", 2)));
        assertTrue(late.reason().en().contains("already arrived"), late.reason().en());
    }
}
