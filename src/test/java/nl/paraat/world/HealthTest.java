package nl.paraat.world;

import static nl.paraat.world.TestWorlds.DAY;
import static nl.paraat.world.TestWorlds.H;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthTest {
    /** Erlang C: probability that an arrival waits in M/M/c with offered load a. */
    static double erlangC(int c, double a) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        double top = term * a / c * c / (c - a);
        return top / (sum + top);
    }

    private static WorldSetup icuOnly(int beds, double losDays) {
        return TestWorlds.quiet().withParameter("health.icuShare", 1).withParameter("health.burnShare", 0)
            .withParameter("health.icu.backgroundOccupancy", 0).withParameter("health.icu.losDays", losDays)
            .withParameter("health.wait.icuDeathHazardPerHour", 0).withEntityField("roaz-oost", "icuBeds", beds);
    }

    @Test
    void icuPoolUnderPoissonArrivalsMatchesErlang() {
        int c = 10;
        double lambdaPerDay = 4;
        double los = 2;
        double a = lambdaPerDay * los;
        long arrivals = 0;
        long waited = 0;
        double occupancySum = 0;
        long occupancySamples = 0;
        for (long seed = 1; seed <= 6; seed++) {
            World w = TestWorlds.world(icuOnly(c, los), seed);
            int r = w.model().roaz("roaz-oost");
            SplittableRandom rnd = new SplittableRandom(seed);
            long[] counts = new long[2];
            EventType arrive = new EventType("test/arrival", (k, p) -> {
                long before = w.casualties().waiting();
                w.applyEvent("casualty-wave", Params.of("count", 1, "region", "roaz-oost"));
                if (w.simulator().now() > 20 * DAY) {
                    counts[0]++;
                    counts[1] += w.casualties().waiting() > before ? 1 : 0;
                }
            });
            double t = 0;
            while (t < 300 * DAY) {
                t += -Math.log(1 - rnd.nextDouble()) * DAY / lambdaPerDay;
                w.simulator().schedule((long) t, Priority.REQUEST, arrive, 0);
            }
            double[] occ = {0, 0};
            w.addSampleListener(time -> {
                if (time > 20 * DAY) {
                    occ[0] += w.model().health.inBed[r][Health.ICU];
                    occ[1]++;
                }
            });
            TestWorlds.runTo(w, 300 * DAY);
            assertTrue(w.conserved());
            arrivals += counts[0];
            waited += counts[1];
            occupancySum += occ[0];
            occupancySamples += (long) occ[1];
        }
        double pWait = (double) waited / arrivals;
        double meanBusy = occupancySum / occupancySamples;
        double expected = erlangC(c, a);
        assertEquals(expected, pWait, 0.06, "P(wait) vs Erlang C " + expected);
        assertEquals(a, meanBusy, 0.05 * a, "mean busy beds vs offered load");
    }

    @Test
    void waitingPatientsDieOnlyAfterTheThreshold() {
        WorldSetup s = icuOnly(0, 7).withParameter("health.wait.icuDeathHazardPerHour", 0.5)
            .withEntityField("roaz-oost", "icuBeds", 0);
        World w = TestWorlds.world(s, 3);
        TestWorlds.runTo(w, 10 * 60);
        w.applyEvent("casualty-wave", Params.of("count", 100, "region", "roaz-oost"));
        assertEquals(100, w.indicator("health.waiting", "roaz-oost"));
        TestWorlds.runTo(w, 4 * H);
        assertEquals(0, w.indicator("health.preventableDeaths", "NL"), "none before 4 h of waiting");
        TestWorlds.runTo(w, 5 * H);
        double d = w.indicator("health.preventableDeaths", "NL");
        assertTrue(d > 30 && d < 70, "about half die in the first hour past the threshold: " + d);
        assertTrue(w.conserved());
    }

    @Test
    void surgeStepTakesItsTime() {
        World w = TestWorlds.world(TestWorlds.quiet(), 1);
        assertEquals(1150, w.indicator("health.icuCapacityNational", "NL"), 1e-6);
        DecisionResult r = w.decide(TestWorlds.role("lnaz"), "raise-icu-surge", Params.empty());
        assertTrue(r.accepted());
        assertEquals(48 * H, r.effectiveAt());
        TestWorlds.runTo(w, 48 * H - 1);
        assertEquals(1150, w.indicator("health.icuCapacityNational", "NL"), 1e-6);
        TestWorlds.runTo(w, 48 * H);
        assertEquals(1350, w.indicator("health.icuCapacityNational", "NL"), 1e-6);
        assertTrue(w.indicator("health.wardFreeBeds", "roaz-oost") < TestWorlds.world().indicator("health.wardFreeBeds",
            "roaz-oost"), "surge ICU staff come from the wards");
    }

    @Test
    void hospitalTrainIsOneEventAndFillsBeds() {
        World w = TestWorlds.world(TestWorlds.quiet(), 2);
        long before = w.simulator().eventsExecuted();
        w.applyEvent("casualty-inflow", Params.of("perDay", 400.0, "days", 1.0));
        TestWorlds.runTo(w, DAY);
        long events = w.simulator().eventsExecuted() - before;
        assertTrue(events < 24 * 2 + 12, "hourly steps, samples and a few batches, not one event per patient: " + events);
        assertEquals(w.indicator("health.casualtiesArrived", "NL"), w.casualties().arrived());
        assertTrue(w.casualties().arrived() >= 140, String.valueOf(w.casualties()));
        assertTrue(w.conserved());
    }

    @Test
    void delayedHospitalTrainHoldsPatientsInTransport() {
        World w = TestWorlds.world(TestWorlds.quiet().withParameter("health.inflow.trainShare", 1)
            .withParameter("health.burnShare", 0), 3);
        w.applyEvent("casualty-inflow", Params.of("perDay", 1000.0, "days", 1.0));
        w.applyEvent("hospital-train-delay", Params.of("hours", 12.0));
        TestWorlds.runTo(w, 12 * H - 1);
        CasualtyCount held = w.casualties();
        assertTrue(held.arrived() > 0 && held.inTransport() == held.arrived() && held.waiting() + held.inBed() == 0,
            String.valueOf(held));
        assertEquals(held.inTransport(), w.indicator("health.inTransport", "NL"));
        assertTrue(w.conserved());
        TestWorlds.runTo(w, 12 * H);
        assertEquals(0, w.casualties().inTransport());
        assertEquals(held.arrived(), w.casualties().waiting() + w.casualties().inBed());
        assertTrue(w.conserved());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void casualtiesAreConservedUnderRandomPlay(long seed) {
        WorldSetup s = TestWorlds.quiet().withParameter("health.wait.icuDeathHazardPerHour", 0.05)
            .withParameter("health.transfer.ambulances", 40);
        World w = TestWorlds.world(s, seed);
        SplittableRandom rnd = new SplittableRandom(seed * 7919);
        WorldCatalog c = w.catalog();
        List<String> broken = new ArrayList<>();
        w.addSampleListener(t -> {
            if (!w.conserved() || !w.casualties().balanced()) {
                broken.add(t + ": " + w.casualties());
            }
        });
        EventType play = new EventType("test/play", (k, p) -> {
            String a = c.roazRegions().get(rnd.nextInt(11));
            String b = c.roazRegions().get(rnd.nextInt(11));
            switch (rnd.nextInt(7)) {
                case 0 -> w.applyEvent("casualty-wave", Params.of("count", 1 + rnd.nextInt(150), "region", a));
                case 1 -> w.decide(TestWorlds.role("lcps"), "spread-patients", Params.of("from", a, "to", b,
                    "count", 1 + rnd.nextInt(30), "bedClass", DecisionCatalogue.BED_CLASSES.get(rnd.nextInt(3))));
                case 2 -> w.decide(TestWorlds.role("lcps"), "spread-patients-abroad", Params.of("from", a,
                    "count", 1 + rnd.nextInt(20), "bedClass", DecisionCatalogue.BED_CLASSES.get(rnd.nextInt(3))));
                case 3 -> w.applyEvent("power-outage", Params.of("region", c.safetyRegions().get(rnd.nextInt(25)),
                    "hours", 80.0));
                case 4 -> w.decide(TestWorlds.role("lnaz"), "raise-icu-surge", Params.empty());
                case 5 -> {
                    if (rnd.nextBoolean()) {
                        w.applyEvent("staff-exhaustion", Params.of("region", a, "share", 0.2));
                    } else {
                        w.applyEvent("hospital-train-delay", Params.of("hours", 1.0 + rnd.nextInt(12)));
                    }
                }
                default -> w.applyEvent("casualty-inflow", Params.of("perDay", 300.0 + rnd.nextInt(400), "days", 2.0));
            }
        });
        for (int i = 0; i < 120; i++) {
            w.simulator().schedule(rnd.nextLong(8 * DAY), Priority.COMMAND, play, i);
        }
        TestWorlds.runTo(w, 10 * DAY);
        assertTrue(broken.isEmpty(), String.valueOf(broken));
        CasualtyCount n = w.casualties();
        assertTrue(n.arrived() > 500 && n.balanced(), String.valueOf(n));
    }
}
