package nl.paraat.world;

import static nl.paraat.world.TestWorlds.H;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TransportTest {
    @Test
    void closedCorridorShiftsTrainsToTheAlternative() {
        World w = TestWorlds.world(TestWorlds.quiet(), 1);
        Transport tr = w.model().transport;
        int betuwe = w.model().corridor("rail-betuweroute");
        int brabant = w.model().corridor("rail-brabantroute");
        w.applyEvent("sabotage-link", Params.of("corridor", "rail-betuweroute", "hours", 48.0));
        tr.enqueue(betuwe, 5, 65);
        TestWorlds.runTo(w, 6 * H);
        assertEquals(0, w.indicator("transport.itemsMoved", "NL"));
        assertEquals(5, w.indicator("transport.militaryTrainsWaiting", "rail-betuweroute"));
        assertEquals(0, w.indicator("transport.corridorOpen", "rail-betuweroute"));
        DecisionResult bad = w.decide(TestWorlds.role("prorail"), "reroute-military-trains",
            Params.of("from", "rail-betuweroute", "to", "rail-zeeland"));
        assertFalse(bad.accepted());
        assertTrue(bad.reason().en().contains("not an alternative"), bad.reason().en());
        assertTrue(w.decide(TestWorlds.role("prorail"), "reroute-military-trains",
            Params.of("from", "rail-betuweroute", "to", "rail-brabantroute")).accepted());
        assertEquals(0, tr.waiting(betuwe));
        assertEquals(5, tr.waiting(brabant));
        TestWorlds.runTo(w, 18 * H);
        assertEquals(325, w.indicator("transport.itemsMoved", "NL"), 1e-6);
    }

    @Test
    void militaryPriorityMovesMoreAndDelaysCivilTrains() {
        double[] moved = new double[2];
        double[] delay = new double[2];
        for (int prio = 0; prio < 2; prio++) {
            World w = TestWorlds.world(TestWorlds.quiet(), 1);
            w.model().transport.enqueue(w.model().corridor("rail-betuweroute"), 100, 65);
            if (prio == 1) {
                assertTrue(w.decide(TestWorlds.role("prorail"), "prioritise-military-trains",
                    Params.of("corridor", "rail-betuweroute", "hours", 24.0)).accepted());
            }
            TestWorlds.runTo(w, 12 * H);
            moved[prio] = w.indicator("transport.itemsMoved", "NL");
            delay[prio] = w.indicator("transport.civilDelay", "rail-betuweroute");
        }
        assertEquals(0, delay[0], "civil first: no civil delay");
        assertTrue(delay[1] > 0, "priority displaces civil trains");
        assertTrue(moved[1] > 1.5 * moved[0], moved[0] + " vs " + moved[1]);
    }

    @Test
    void deploymentFlowsFromShipsToTheBorder() {
        World w = TestWorlds.world(TestWorlds.quiet(), 4);
        w.applyEvent("deployment-plan", Params.of("items", 2400, "days", 10.0, "port", "port-vlissingen"));
        TestWorlds.runTo(w, 12 * TestWorlds.DAY);
        double moved = w.indicator("transport.itemsMoved", "NL");
        assertTrue(moved > 2300 && moved <= 2400, "items moved " + moved);
        assertTrue(w.indicator("transport.throughputVsPlan", "NL") > 95);
    }

    @Test
    void droneClosesAnAirportUntilCountered() {
        World w = TestWorlds.world();
        w.applyEvent("drone-sighting", Params.of("airport", "airport-eindhoven", "hours", 6.0));
        DecisionResult reopen = w.decide(TestWorlds.role("kmar"), "reopen-airport", Params.of("airport", "airport-eindhoven"));
        assertFalse(reopen.accepted());
        assertTrue(w.decide(TestWorlds.role("kmar"), "counter-drone", Params.of("airport", "airport-eindhoven")).accepted());
        TestWorlds.runTo(w, 3 * H);
        assertTrue(w.model().transport.airportOpen(w.model().airport("airport-eindhoven")));
        assertTrue(w.indicator("transport.flightsCancelledPerDay", "NL") > 0, "movements in the first hour were cancelled");
    }
}
