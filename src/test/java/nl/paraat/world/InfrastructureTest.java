package nl.paraat.world;

import static nl.paraat.world.TestWorlds.H;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InfrastructureTest {
    @Test
    void substationOutageShutsMastsExactlyWhenBatteriesRunOut() {
        World w = TestWorlds.world(TestWorlds.quiet(), 1);
        TestWorlds.runTo(w, 100);
        long t0 = w.simulator().now();
        w.applyEvent("sabotage-node", Params.of("node", "zeeland-power"));
        assertEquals(0, w.indicator("energy.loadServed", "vr-zeeland"));
        assertEquals(100, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9);
        TestWorlds.runTo(w, t0 + 2 * H - 1);
        assertEquals(100, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9, "group A still on battery");
        TestWorlds.runTo(w, t0 + 2 * H);
        assertEquals(50, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9, "group A (50%) off at 2 h");
        TestWorlds.runTo(w, t0 + 4 * H - 1);
        assertEquals(50, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9);
        TestWorlds.runTo(w, t0 + 4 * H);
        assertEquals(10, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9, "90% off at 4 h");
        TestWorlds.runTo(w, t0 + 8 * H);
        assertEquals(0, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9);
        assertEquals(0, w.indicator("telecom.nlAlertReach", "vr-zeeland"), 1e-9);
        assertEquals(100, w.indicator("telecom.mastsUp", "vr-twente"), 1e-9, "other regions unaffected");
        assertEquals(0, w.indicator("payments.up", "NL") < 100 ? 0 : 1, "payments fail with masts");
        // repair after 12 h, then 4 stages of 3 h: masts (no order) come back with the last stage at 24 h
        TestWorlds.runTo(w, t0 + 24 * H - 1);
        assertEquals(0, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9);
        assertEquals(75, w.indicator("energy.loadServed", "vr-zeeland"), 1e-9);
        TestWorlds.runTo(w, t0 + 24 * H);
        assertEquals(100, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9);
        assertEquals(100, w.indicator("energy.loadServed", "vr-zeeland"), 1e-9);
    }

    @Test
    void restorationOrderBringsPrioritySectorsBackFirst() {
        World w = TestWorlds.world(TestWorlds.quiet(), 1);
        assertTrue(w.decide(TestWorlds.role("netbeheerder", "vr-zeeland"), "set-restoration-order",
            Params.of("order", List.of("masts", "water", "hospital"))).accepted());
        w.applyEvent("power-outage", Params.of("region", "vr-zeeland", "hours", 6.0));
        TestWorlds.runTo(w, 6 * H + 3 * H - 1);
        assertEquals(0, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9);
        TestWorlds.runTo(w, 6 * H + 3 * H);
        assertEquals(100, w.indicator("telecom.mastsUp", "vr-zeeland"), 1e-9, "masts first, at stage 1");
        assertEquals(25, w.indicator("energy.loadServed", "vr-zeeland"), 1e-9);
    }

    @Test
    void hospitalsLoseBedsWhenGeneratorFuelRunsOut() {
        World w = TestWorlds.world(TestWorlds.quiet(), 1);
        double before = w.indicator("health.icuCapacityNational", "NL");
        w.applyEvent("power-outage", Params.of("region", "vr-zeeland", "hours", 100.0));
        TestWorlds.runTo(w, 72 * H - 1);
        assertEquals(before, w.indicator("health.icuCapacityNational", "NL"), 1e-6, "on generators");
        assertEquals(3, w.indicator("energy.priorityUsersOnBackup", "NL"));
        TestWorlds.runTo(w, 72 * H);
        assertTrue(w.indicator("health.icuCapacityNational", "NL") < before - 5, "fuel out at 72 h");
        assertTrue(w.decide(TestWorlds.role("locc"), "deliver-generator-fuel",
            Params.of("region", "vr-zeeland", "sector", "water")).accepted());
    }

    @Test
    void repairCrewsAreLimitedAndServedInPriorityOrder() {
        World w = TestWorlds.world(TestWorlds.quiet().withParameter("infra.repair.crews", 1), 1);
        w.decide(TestWorlds.role("tennet"), "set-restoration-order", Params.of("order", List.of("food", "water")));
        w.applyEvent("sabotage-node", Params.of("node", "twente-payments"));
        w.applyEvent("sabotage-node", Params.of("node", "zeeland-water"));
        w.applyEvent("sabotage-node", Params.of("node", "zeeland-food"));
        assertEquals(2, w.indicator("energy.repairQueue", "NL"));
        Infrastructure inf = w.model().infra;
        int zeeland = w.model().vr("vr-zeeland");
        TestWorlds.runTo(w, 24 * H - 1);
        assertFalse(inf.up(zeeland, Infrastructure.FOOD));
        TestWorlds.runTo(w, 24 * H);
        assertTrue(inf.up(zeeland, Infrastructure.FOOD), "food first (order), right after the payments job");
        assertFalse(inf.waterUp(zeeland));
        assertTrue(w.indicator("water.peopleWithoutWater", "vr-zeeland") > 300000);
        TestWorlds.runTo(w, 36 * H - 1);
        assertFalse(inf.waterUp(zeeland));
        TestWorlds.runTo(w, 36 * H);
        assertTrue(inf.waterUp(zeeland));
    }

    @Test
    void guardedObjectsResistSabotage() {
        World w = TestWorlds.world(TestWorlds.quiet(), 1);
        DecisionResult r = w.decide(TestWorlds.role("voorzitter-vr", "vr-zeeland"), "request-military-support",
            Params.of("node", "zeeland-water"));
        assertTrue(r.accepted());
        TestWorlds.runTo(w, r.effectiveAt());
        w.applyEvent("sabotage-node", Params.of("node", "zeeland-water"));
        assertTrue(w.model().infra.waterUp(w.model().vr("vr-zeeland")));
        assertEquals(1, w.indicator("defence.objectsGuarded", "NL"));
    }
}
