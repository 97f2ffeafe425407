package nl.paraat.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Vetoing and changing the delayed effect of an accepted decision, against twin worlds. */
class PendingDecisionTest {
    private static final long H = TestWorlds.H;
    private static final RoleInstance RAV = TestWorlds.role("rav", "vr-zeeland");
    private static final RoleInstance GEMEENTE = TestWorlds.role("gemeente", "vr-zeeland");

    private static Params ambulances(int n) {
        return Params.of("region", "vr-zeeland", "count", n);
    }

    private static double freeAmbulancesAt(World w, long t) {
        TestWorlds.runTo(w, t);
        return w.indicator("health.ambulancesFree", "NL");
    }

    @Test
    void acceptedDecisionsHaveIdsAndNoDelayNoPendingEffect() {
        World w = TestWorlds.world(TestWorlds.quiet(), 5);
        DecisionResult a = w.decide(RAV, "scale-up-ambulances", ambulances(2));
        DecisionResult b = w.decide(GEMEENTE, "open-noodsteunpunten", Params.of("region", "vr-zeeland", "count", 3));
        assertEquals(1, a.id());
        assertEquals(2, b.id());
        DecisionResult rejected = w.decide(RAV, "scale-up-ambulances", ambulances(5000));
        assertFalse(rejected.accepted());
        assertEquals(0, rejected.id());
    }

    @Test
    void vetoStopsTheEffectAndTakesBackWhatWasCommitted() {
        World vetoed = TestWorlds.world(TestWorlds.quiet(), 5);
        World twin = TestWorlds.world(TestWorlds.quiet(), 5);
        World none = TestWorlds.world(TestWorlds.quiet(), 5);
        long id = vetoed.decide(RAV, "scale-up-ambulances", ambulances(2)).id();
        twin.decide(RAV, "scale-up-ambulances", ambulances(2));
        TestWorlds.runTo(vetoed, H / 2);
        assertNull(vetoed.vetoPending(id));
        double withVeto = freeAmbulancesAt(vetoed, 2 * H);
        assertTrue(freeAmbulancesAt(twin, 2 * H) > withVeto, "the twin without the veto has more ambulances");
        assertEquals(freeAmbulancesAt(none, 2 * H), withVeto, "a vetoed decision is as if never taken");

        World guard = TestWorlds.world(TestWorlds.quiet(), 5);
        double soldiers = guard.indicator("defence.soldiersAvailable", "NL");
        long g = guard.decide(TestWorlds.role("defensie-clas"), "guard-military-object",
            Params.of("site", "staging-vlissingen")).id();
        assertTrue(guard.indicator("defence.soldiersAvailable", "NL") < soldiers, "soldiers committed at once");
        assertNull(guard.vetoPending(g));
        assertEquals(soldiers, guard.indicator("defence.soldiersAvailable", "NL"), "and given back by the veto");
    }

    @Test
    void vetoIsRefusedForUnknownArrivedOrVetoedDecisions() {
        World w = TestWorlds.world(TestWorlds.quiet(), 5);
        assertTrue(w.vetoPending(7).en().contains("No decision with a delayed effect"));
        long id = w.decide(RAV, "scale-up-ambulances", ambulances(2)).id();
        TestWorlds.runTo(w, 2 * H);
        assertTrue(w.vetoPending(id).en().contains("already arrived"));
        long second = w.decide(RAV, "scale-up-ambulances", ambulances(1)).id();
        assertNull(w.vetoPending(second));
        assertTrue(w.vetoPending(second).nl().contains("Geen besluit"), "a veto counts once");
    }

    @Test
    void changeArrivesWithTheNewParametersAtTheSameTime() {
        World changed = TestWorlds.world(TestWorlds.quiet(), 5);
        World asIfTwo = TestWorlds.world(TestWorlds.quiet(), 5);
        World twin = TestWorlds.world(TestWorlds.quiet(), 5);
        DecisionResult first = changed.decide(RAV, "scale-up-ambulances", ambulances(1));
        asIfTwo.decide(RAV, "scale-up-ambulances", ambulances(2));
        twin.decide(RAV, "scale-up-ambulances", ambulances(1));
        TestWorlds.runTo(changed, H / 4);
        TestWorlds.runTo(asIfTwo, H / 4);
        DecisionResult r = changed.changePending(first.id(), ambulances(2));
        assertTrue(r.accepted(), () -> r.reason().en());
        assertEquals(first.effectiveAt(), r.effectiveAt(), "the effect keeps its time");
        assertEquals(freeAmbulancesAt(asIfTwo, 2 * H), freeAmbulancesAt(changed, 2 * H));
        assertTrue(freeAmbulancesAt(changed, 2 * H) > freeAmbulancesAt(twin, 2 * H));
    }

    @Test
    void invalidChangesAreRejectedAndLeaveTheDecisionAsItWas() {
        World w = TestWorlds.world(TestWorlds.quiet(), 5);
        World twin = TestWorlds.world(TestWorlds.quiet(), 5);
        long id = w.decide(RAV, "scale-up-ambulances", ambulances(2)).id();
        twin.decide(RAV, "scale-up-ambulances", ambulances(2));
        DecisionResult bad = w.changePending(id, Params.of("region", "vr-zeeland", "count", "many"));
        assertFalse(bad.accepted());
        assertTrue(bad.reason().en().startsWith("Invalid parameters"), bad.reason().en());
        DecisionResult foreign = w.changePending(id, Params.of("region", "vr-twente", "count", 2));
        assertTrue(foreign.reason().en().contains("outside the own region"), foreign.reason().en());
        DecisionResult tooMany = w.changePending(id, ambulances(90));
        assertTrue(tooMany.reason().en().contains("More than 20%"), tooMany.reason().en());
        assertFalse(w.changePending(99, ambulances(1)).accepted());
        assertEquals(freeAmbulancesAt(twin, 2 * H), freeAmbulancesAt(w, 2 * H), "still the original effect");
        assertTrue(w.changePending(id, ambulances(1)).reason().en().contains("already arrived"));
    }
}
