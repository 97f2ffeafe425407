package nl.paraat.world;

import static nl.paraat.world.TestWorlds.DAY;
import static nl.paraat.world.TestWorlds.H;
import static nl.paraat.world.TestWorlds.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decision type: an accepted case and its effect on an indicator (against a twin world without the decision),
 * a wrong role, bad parameters, a foreign region, and each precondition's rejection; a rejection changes nothing.
 */
class DecisionTypesTest {
    private static final Consumer<World> NONE = w -> { };

    /** An accepted case: after setup, deciding changes the indicator in the given direction by time {@code at}. */
    record Case(String decision, RoleInstance actor, Params params, Consumer<World> setup, boolean traffic,
                String indicator, String scope, int direction, long at) {
        @Override
        public String toString() {
            return decision;
        }
    }

    /** A rejection case: after setup, the decision is rejected with a reason containing the text. */
    record Reject(String decision, RoleInstance actor, Params params, Consumer<World> setup, String reason) {
        @Override
        public String toString() {
            return decision + ": " + reason;
        }
    }

    private static Case c(String d, RoleInstance a, Params p, Consumer<World> setup, String ind, String scope, int dir,
                          long at) {
        return new Case(d, a, p, setup, false, ind, scope, dir, at);
    }

    private static Case traffic(String d, RoleInstance a, Params p, Consumer<World> setup, String ind, String scope,
                                int dir, long at) {
        return new Case(d, a, p, setup, true, ind, scope, dir, at);
    }

    private static Reject r(String d, RoleInstance a, Params p, Consumer<World> setup, String reason) {
        return new Reject(d, a, p, setup, reason);
    }

    // ------------------------------------------------------------------ setup helpers

    static void waiting(World w, String region, int cat, int n) {
        Health h = w.model().health;
        h.queues[w.model().roaz(region) * Health.CATS + cat].add(w.simulator().now(), n, false);
        h.waitingTotal += n;
        h.arrived += n;
    }

    static void surge(World w, int level) {
        w.model().health.surgeLevel = level;
        w.model().health.refreshCapacity();
    }

    static void event(World w, String type, Object... kv) {
        w.applyEvent(type, Params.of(kv));
    }

    static void trains(World w, String corridor, int n) {
        w.model().transport.enqueue(w.model().corridor(corridor), n, 65);
    }

    static Consumer<World> displacedPressure() {
        return w -> event(w, "refugee-inflow", "perDay", 20000.0, "days", 10.0);
    }

    private static final WorldSetup CONFLICTS = TestWorlds.quiet().withParameter("displaced.routeConflictShare", 1)
        .withParameter("displaced.receptionFree", 0).withParameter("displaced.registrationPerRegionPerDay", 100000)
        .withParameter("transport.plan.dailyItems", 500);

    private static final RoleInstance ZEELAND_MAYOR = role("voorzitter-vr", "vr-zeeland");
    private static final RoleInstance ROTTERDAM_PORT = role("havenbedrijf", "vr-rotterdam-rijnmond");

    // ------------------------------------------------------------------ accepted cases

    static List<Case> cases() {
        List<Case> l = new ArrayList<>();
        l.add(c("raise-icu-surge", role("lnaz"), Params.empty(), NONE, "health.icuCapacityNational", "NL", 1, 49 * H));
        l.add(c("lower-icu-surge", role("lnaz"), Params.empty(), w -> surge(w, 1), "health.icuCapacityNational", "NL", -1, H));
        l.add(c("cut-planned-care", role("roaz", "roaz-oost"), Params.of("region", "roaz-oost"), NONE,
            "health.icuFreeBeds", "roaz-oost", 1, 49 * H));
        l.add(c("resume-planned-care", role("ziekenhuis", "roaz-oost"), Params.of("region", "roaz-oost"), w -> {
            Health h = w.model().health;
            int r = w.model().roaz("roaz-oost");
            h.cutTarget[r] = 0.25;
            h.cut[r] = 0.25;
        }, "health.icuFreeBeds", "roaz-oost", -1, 24 * H));
        l.add(c("suspend-regular-care", role("vws"), Params.empty(), NONE, "health.icuFreeBedsNational", "NL", 1, 49 * H));
        l.add(c("spread-patients", role("lcps"), Params.of("from", "roaz-euregio", "to", "roaz-brabant", "count", 10,
            "bedClass", "icu"), w -> waiting(w, "roaz-euregio", Health.CAT_ICU, 30), "health.waiting", "roaz-euregio", -1, 6 * H));
        l.add(c("spread-patients-abroad", role("lcps"), Params.of("from", "roaz-euregio", "count", 10, "bedClass", "icu"),
            w -> waiting(w, "roaz-euregio", Health.CAT_ICU, 30), "health.movedAbroad", "NL", 1, 7 * H));
        l.add(c("deploy-zorgreserve", role("vws"), Params.of("region", "roaz-oost", "persons", 300), NONE,
            "health.wardFreeBeds", "roaz-oost", 1, 25 * H));
        l.add(c("release-medicine-stock", role("vws"), Params.empty(), NONE, "health.medicineStockDays", "NL", 1, H));
        l.add(c("accept-allied-patients", role("mccb"), Params.of("perDay", 300), w -> surge(w, 1),
            "health.casualtiesArrived", "NL", 1, 3 * DAY));
        l.add(c("route-hospital-trains", role("defensie"), Params.of("region", "roaz-euregio"),
            w -> event(w, "casualty-inflow", "perDay", 400.0, "days", 3.0), "health.icuFreeBeds", "roaz-euregio", -1,
            2 * DAY));
        l.add(c("open-calamiteitenhospitaal", role("defensie"), Params.empty(), NONE, "health.wardFreeBeds",
            "roaz-midden-nederland", 1, H));
        l.add(c("prioritise-vulnerable-care", role("ghor", "vr-zeeland"), Params.of("region", "vr-zeeland"),
            w -> event(w, "power-outage", "region", "vr-zeeland", "hours", 24.0), "society.vulnerableAtRisk", "NL", -1, 3 * H));
        l.add(c("scale-up-ambulances", role("rav", "vr-zeeland"), Params.of("region", "vr-zeeland", "count", 2), NONE,
            "health.ambulancesFree", "NL", 1, 2 * H));
        l.add(c("prioritise-military-trains", role("prorail"), Params.of("corridor", "rail-betuweroute", "hours", 24.0),
            w -> trains(w, "rail-betuweroute", 100), "transport.itemsMoved", "NL", 1, 12 * H));
        l.add(c("reroute-military-trains", role("prorail"), Params.of("from", "rail-betuweroute", "to", "rail-brabantroute"),
            w -> {
                event(w, "sabotage-link", "corridor", "rail-betuweroute", "hours", 48.0);
                trains(w, "rail-betuweroute", 5);
            }, "transport.itemsMoved", "NL", 1, 12 * H));
        l.add(c("reroute-convoys", role("rws"), Params.of("from", "road-a15-a12", "to", "road-a12"), w -> {
            event(w, "bridge-damage", "corridor", "road-a15-a12", "hours", 48.0);
            trains(w, "road-a15-a12", 5);
        }, "transport.itemsMoved", "NL", 1, 12 * H));
        l.add(c("repair-link", role("prorail"), Params.of("corridor", "rail-betuweroute"), w -> {
            event(w, "rail-cable-cut", "corridor", "rail-betuweroute", "hours", 24.0);
            trains(w, "rail-betuweroute", 5);
        }, "transport.itemsMoved", "NL", 1, 18 * H));
        l.add(c("close-airport", role("kmar"), Params.of("airport", "airport-schiphol", "hours", 6.0), NONE,
            "transport.airportsOpen", "NL", -1, 60));
        l.add(c("reopen-airport", role("kmar"), Params.of("airport", "airport-schiphol"),
            w -> w.decide(role("mccb"), "close-airport", Params.of("airport", "airport-schiphol", "hours", 6.0)),
            "transport.airportsOpen", "NL", 1, 60));
        l.add(c("close-fairway", ROTTERDAM_PORT, Params.of("port", "port-rotterdam", "hours", 12.0), NONE,
            "transport.portOpen", "port-rotterdam", -1, 60));
        l.add(c("reopen-fairway", ROTTERDAM_PORT, Params.of("port", "port-rotterdam"),
            w -> w.decide(role("czsk"), "close-fairway", Params.of("port", "port-rotterdam", "hours", 12.0)),
            "transport.portOpen", "port-rotterdam", 1, 60));
        l.add(c("mine-countermeasures", role("czsk"), Params.of("port", "port-vlissingen"),
            w -> event(w, "suspected-mine", "port", "port-vlissingen"), "transport.portOpen", "port-vlissingen", 1, 13 * H));
        l.add(traffic("reserve-berth", ROTTERDAM_PORT, Params.of("port", "port-rotterdam"), NONE,
            "transport.cargoDiverted", "NL", 1, DAY));
        l.add(traffic("divert-commercial-cargo", ROTTERDAM_PORT, Params.of("port", "port-rotterdam"),
            w -> event(w, "terminal-cyber-attack", "port", "port-rotterdam", "days", 3.0), "transport.cargoDiverted", "NL",
            1, DAY));
        l.add(c("counter-drone", role("defensie-clas"), Params.of("airport", "airbase-volkel"),
            w -> event(w, "drone-sighting", "airport", "airbase-volkel", "hours", 6.0), "transport.airportsOpen", "NL", 1,
            2 * H));
        l.add(c("escort-convoys", role("kmar"), Params.of("corridor", "road-a15-a12"),
            w -> w.scheduleEvent(3 * H, "protest", Params.of("region", "vr-rotterdam-rijnmond", "corridor", "road-a15-a12",
                "hours", 6.0)), "transport.corridorOpen", "road-a15-a12", 1, 4 * H));
        l.add(c("request-military-support", ZEELAND_MAYOR, Params.of("node", "zeeland-water"), NONE,
            "defence.objectsGuarded", "NL", 1, 49 * H));
        l.add(c("guard-military-object", role("defensie-clas"), Params.of("site", "staging-vlissingen"), NONE,
            "defence.objectsGuarded", "NL", 1, 7 * H));
        l.add(c("investigate-sabotage", role("politie", "vr-zeeland"), Params.of("region", "vr-zeeland"), NONE,
            "society.trust", "vr-zeeland", 1, 13 * H));
        l.add(c("set-restoration-order", role("netbeheerder", "vr-zeeland"), Params.of("order", List.of("masts")),
            w -> event(w, "power-outage", "region", "vr-zeeland", "hours", 6.0), "telecom.mastsUp", "vr-zeeland", 1, 9 * H));
        l.add(c("shed-load", role("tennet"), Params.of("share", 0.1, "hours", 24.0),
            w -> event(w, "subsea-cable-damage", "node", "nl-cable-norned", "days", 10.0, "shortfall", 0.1),
            "energy.loadServedNational", "NL", -1, H));
        l.add(c("deliver-generator-fuel", role("locc"), Params.of("region", "vr-zeeland", "sector", "hospital"),
            w -> event(w, "power-outage", "region", "vr-zeeland", "hours", 200.0), "health.icuCapacityNational", "NL", 1,
            80 * H));
        l.add(c("isolate-ot-networks", role("drinkwater", "vr-zeeland"), Params.empty(),
            w -> w.scheduleEvent(7 * H, "cyber-attack", Params.of("node", "zeeland-water", "hours", 12.0)),
            "water.peopleWithoutWater", "vr-zeeland", -1, 8 * H));
        l.add(c("emergency-drinking-water", role("gemeente", "vr-zeeland"), Params.of("region", "vr-zeeland"),
            w -> {
                w.model().infra.crews = 0;
                event(w, "sabotage-node", "node", "zeeland-water");
            }, "water.peopleWithoutWater", "vr-zeeland", -1, 13 * H));
        l.add(c("deploy-mobile-masts", role("telecom"), Params.of("region", "vr-zeeland"),
            w -> event(w, "sabotage-node", "node", "zeeland-masts"), "telecom.mastsUp", "vr-zeeland", 1, 7 * H));
        l.add(c("raise-vigilance", role("tennet"), Params.empty(), NONE, "infra.vigilance", "NL", 1, H));
        l.add(c("set-threat-level", role("nctv"), Params.of("level", "high"), NONE, "infra.vigilance", "NL", 1, H));
        l.add(c("issue-cyber-advice", role("nctv"), Params.empty(),
            w -> w.scheduleEvent(H, "cyber-attack", Params.of("node", "zeeland-water", "hours", 6.0)),
            "water.peopleWithoutWater", "vr-zeeland", -1, 5 * H));
        l.add(c("issue-nl-alert", role("nctv"), Params.of("region", "NL", "message", "advice"), NONE,
            "society.trustNational", "NL", 1, 60));
        l.add(c("counter-disinformation", role("nctv"), Params.of("topic", "water-poisoned"),
            w -> event(w, "disinformation-wave", "topic", "water-poisoned", "strength", 0.8), "society.rumourBelief", "NL",
            -1, DAY));
        l.add(c("address-the-nation", role("mccb"), Params.empty(), NONE, "society.trustNational", "NL", 1, 60));
        l.add(c("open-noodsteunpunten", role("gemeente", "vr-zeeland"), Params.of("region", "vr-zeeland", "count", 10),
            NONE, "society.noodsteunpuntenOpen", "NL", 1, 7 * H));
        l.add(c("emergency-ordinance", ZEELAND_MAYOR, Params.of("region", "vr-zeeland"),
            w -> w.model().society.unrest[w.model().vr("vr-zeeland")] = 60, "society.unrest", "vr-zeeland", -1, 60));
        l.add(c("declare-emergency", role("mccb"), Params.empty(), NONE, "gov.emergencyDeclared", "NL", 1, 60));
        l.add(c("lift-emergency", role("mccb"), Params.empty(), w -> w.model().economy.emergency = true,
            "gov.emergencyDeclared", "NL", -1, 60));
        l.add(c("ration-fuel", role("locc"), Params.empty(), w -> {
            w.model().economy.emergency = true;
            w.model().economy.fuelDays = 50;
        }, "economy.fuelStockDays", "NL", 1, 2 * DAY));
        l.add(c("preparedness-campaign", role("nctv"), Params.empty(), NONE, "society.preparedness", "NL", 1, 15 * DAY));
        l.add(c("request-international-assistance", role("vws"), Params.of("kind", "medicines"), NONE,
            "health.medicineStockDays", "NL", 1, 25 * H));
        l.add(c("open-reception-site", role("coa"), Params.of("region", "vr-utrecht", "places", 2000), NONE,
            "displaced.receptionCapacity", "NL", 1, 49 * H));
        l.add(c("traffic-plan-displaced", role("politie", "vr-twente"), Params.of("region", "vr-twente"),
            displacedPressure(), "displaced.routeConflicts", "NL", -1, 3 * DAY));
        l.add(c("scale-up-registration", role("gemeente", "vr-twente"), Params.of("region", "vr-twente"),
            w -> event(w, "refugee-inflow", "perDay", 5000.0, "days", 5.0), "displaced.awaitingRegistration", "NL", -1,
            2 * DAY));
        l.add(c("deploy-cimic-liaison", role("cmi", "vr-twente"), Params.of("region", "vr-twente"), displacedPressure(),
            "displaced.routeConflicts", "NL", -1, 3 * DAY));
        l.add(c("call-up-reservists", role("defensie"), Params.of("count", 3000), NONE, "defence.reservistsCalledUp",
            "NL", 1, 60));
        l.add(c("exempt-critical-staff", role("mccb"), Params.of("sector", "care"),
            w -> w.decide(role("defensie"), "call-up-reservists", Params.of("count", 3000)), "economy.careStaffShare",
            "NL", 1, 60));
        return l;
    }

    private static WorldSetup setupFor(Case k) {
        if (k.decision().equals("traffic-plan-displaced") || k.decision().equals("deploy-cimic-liaison")) {
            return CONFLICTS;
        }
        return k.traffic() ? WorldSetup.defaults() : TestWorlds.quiet();
    }

    @Test
    void everyDecisionTypeHasACase() {
        Set<String> have = new TreeSet<>();
        cases().forEach(k -> have.add(k.decision()));
        Set<String> all = new TreeSet<>();
        WorldCatalog.standard().decisionTypes().forEach(d -> all.add(d.id()));
        assertEquals(all, have);
        Set<String> rejected = new TreeSet<>();
        rejections().forEach(k -> rejected.add(k.decision()));
        assertEquals(all, rejected, "every decision type has at least one precondition rejection");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void acceptedDecisionChangesItsIndicator(Case k) {
        World with = TestWorlds.world(setupFor(k), 5);
        World without = TestWorlds.world(setupFor(k), 5);
        k.setup().accept(with);
        k.setup().accept(without);
        DecisionResult r = with.decide(k.actor(), k.decision(), k.params());
        assertTrue(r.accepted(), () -> k.decision() + " rejected: " + (r.reason() == null ? "" : r.reason().en()));
        assertTrue(r.effectiveAt() >= 0 && r.effectiveAt() <= k.at(), "takes effect by the time checked");
        TestWorlds.runTo(with, k.at());
        TestWorlds.runTo(without, k.at());
        double a = with.indicator(k.indicator(), k.scope());
        double b = without.indicator(k.indicator(), k.scope());
        assertTrue(Math.signum(a - b) == k.direction(), k.decision() + ": " + k.indicator() + " with " + a
            + " vs without " + b);
        assertTrue(with.conserved());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wrongRoleIsRejectedAndChangesNothing(Case k) {
        World w = TestWorlds.world(setupFor(k), 5);
        k.setup().accept(w);
        DecisionType t = w.catalog().decisionType(k.decision()).orElseThrow();
        String other = w.catalog().roleTypes().stream().map(RoleType::id)
            .filter(id -> !t.ownerRoleTypes().contains(id)).findFirst().orElseThrow();
        String before = fingerprint(w);
        DecisionResult r = w.decide(new RoleInstance("x", other, null), k.decision(), k.params());
        assertFalse(r.accepted());
        assertTrue(r.reason().en().contains("may not decide"), r.reason().en());
        assertTrue(r.reason().nl().contains("mag"), r.reason().nl());
        assertEquals(before, fingerprint(w));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badParametersAreRejected(Case k) {
        World w = TestWorlds.world(setupFor(k), 5);
        k.setup().accept(w);
        java.util.TreeMap<String, Object> p = new java.util.TreeMap<>(k.params().values());
        p.put("bogus", 1);
        String before = fingerprint(w);
        DecisionResult r = w.decide(k.actor(), k.decision(), Params.of(p));
        assertFalse(r.accepted());
        assertTrue(r.reason().en().startsWith("Invalid parameters: unknown parameter 'bogus'"), r.reason().en());
        assertTrue(r.reason().nl().startsWith("Ongeldige parameters"), r.reason().nl());
        assertEquals(before, fingerprint(w));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void regionalRolesActOnlyInTheirOwnRegion(Case k) {
        if (k.actor().region() == null) {
            return;
        }
        World w = TestWorlds.world(setupFor(k), 5);
        k.setup().accept(w);
        boolean roaz = w.model().isRoaz(k.actor().region());
        String elsewhere = roaz ? "roaz-limburg" : "vr-fryslan";
        String before = fingerprint(w);
        DecisionResult r = w.decide(new RoleInstance("x", k.actor().type(), elsewhere), k.decision(), k.params());
        boolean hasRegionalParam = k.params().values().keySet().stream().anyMatch(n -> List.of("region", "from", "node",
            "port").contains(n));
        if (hasRegionalParam) {
            assertFalse(r.accepted(), k.decision());
            assertTrue(r.reason().en().contains("outside the own region"), r.reason().en());
            assertEquals(before, fingerprint(w));
        }
        DecisionResult none = w.decide(new RoleInstance("y", k.actor().type(), null), k.decision(), k.params());
        assertFalse(none.accepted());
        assertTrue(none.reason().en().contains("has no valid region"), none.reason().en());
    }

    // ------------------------------------------------------------------ preconditions

    static List<Reject> rejections() {
        List<Reject> l = new ArrayList<>();
        RoleInstance lnaz = role("lnaz");
        l.add(r("raise-icu-surge", lnaz, Params.empty(), w -> surge(w, 3), "highest ICU surge step"));
        l.add(r("raise-icu-surge", lnaz, Params.empty(), w -> w.decide(lnaz, "raise-icu-surge", Params.empty()),
            "already under way"));
        l.add(r("raise-icu-surge", lnaz, Params.empty(), w -> surge(w, 1), "need regular care suspended"));
        l.add(r("lower-icu-surge", lnaz, Params.empty(), NONE, "No ICU surge is active"));
        l.add(r("lower-icu-surge", lnaz, Params.empty(), w -> {
            surge(w, 1);
            w.model().health.surgePending = 2;
        }, "under way"));
        l.add(r("lower-icu-surge", lnaz, Params.empty(), w -> {
            surge(w, 1);
            w.model().health.inBed[0][Health.ICU] += 500;
        }, "do not fit"));
        RoleInstance roazOost = role("roaz", "roaz-oost");
        l.add(r("cut-planned-care", roazOost, Params.of("region", "roaz-oost", "share", 0.5), NONE, "above the maximum"));
        l.add(r("cut-planned-care", roazOost, Params.of("region", "roaz-oost"),
            w -> w.model().health.cutTarget[w.model().roaz("roaz-oost")] = 0.25, "already cut"));
        l.add(r("resume-planned-care", roazOost, Params.of("region", "roaz-oost"), NONE, "not cut"));
        l.add(r("resume-planned-care", roazOost, Params.of("region", "roaz-oost"), w -> {
            w.model().health.cutTarget[w.model().roaz("roaz-oost")] = 0.25;
            w.model().health.regularCareSuspended = true;
        }, "suspended regular care nationally"));
        l.add(r("suspend-regular-care", role("vws"), Params.empty(), w -> w.model().health.regularCareSuspended = true,
            "already suspended"));
        RoleInstance lcps = role("lcps");
        Params spread = Params.of("from", "roaz-euregio", "to", "roaz-brabant", "count", 10, "bedClass", "icu");
        l.add(r("spread-patients", lcps, Params.of("from", "roaz-euregio", "to", "roaz-euregio", "count", 1, "bedClass",
            "icu"), NONE, "same"));
        l.add(r("spread-patients", lcps, Params.of("from", "roaz-euregio", "to", "roaz-brabant", "count", 100,
            "bedClass", "icu"), NONE, "Not enough patients"));
        l.add(r("spread-patients", lcps, Params.of("from", "roaz-euregio", "to", "roaz-oost", "count", 5,
            "bedClass", "burn"), w -> waiting(w, "roaz-euregio", Health.CAT_BURN, 10), "Not enough free beds"));
        l.add(r("spread-patients", lcps, spread, w -> {
            waiting(w, "roaz-euregio", Health.CAT_ICU, 30);
            w.model().health.ambulancesBusy = w.model().health.ambulances;
        }, "Not enough ambulances"));
        Params abroad = Params.of("from", "roaz-euregio", "count", 10, "bedClass", "icu");
        l.add(r("spread-patients-abroad", lcps, abroad, NONE, "Not enough patients"));
        l.add(r("spread-patients-abroad", lcps, abroad, w -> {
            waiting(w, "roaz-euregio", Health.CAT_ICU, 30);
            w.model().health.countAbroad(45);
        }, "Daily quota abroad"));
        l.add(r("spread-patients-abroad", lcps, abroad, w -> {
            waiting(w, "roaz-euregio", Health.CAT_ICU, 30);
            w.model().health.ambulancesBusy = w.model().health.ambulances;
        }, "Not enough ambulances"));
        l.add(r("deploy-zorgreserve", role("vws"), Params.of("region", "roaz-oost", "persons", 10),
            w -> w.model().health.reserveDeployed = 4000, "persons left"));
        l.add(r("release-medicine-stock", role("vws"), Params.empty(), w -> w.model().health.medicineReleased = true,
            "already released"));
        l.add(r("accept-allied-patients", role("vws"), Params.of("perDay", 100), NONE, "ICU surge step 1"));
        l.add(r("route-hospital-trains", role("defensie"), Params.of("region", "roaz-euregio"),
            w -> w.model().health.inBed[w.model().roaz("roaz-euregio")][Health.ICU] += 100, "No free ICU beds"));
        l.add(r("open-calamiteitenhospitaal", role("vws"), Params.empty(), w -> w.model().health.calamiteitenOpen = true,
            "already open"));
        RoleInstance ghor = role("ghor", "vr-zeeland");
        Params zeeland = Params.of("region", "vr-zeeland");
        l.add(r("prioritise-vulnerable-care", ghor, zeeland, NONE, "No power or water outage"));
        l.add(r("prioritise-vulnerable-care", ghor, zeeland,
            w -> w.model().society.vulnerablePrioritised[w.model().vr("vr-zeeland")] = true, "already prioritised"));
        l.add(r("scale-up-ambulances", role("rav", "vr-zeeland"), Params.of("region", "vr-zeeland", "count", 50), NONE,
            "More than 20%"));
        RoleInstance prorail = role("prorail");
        l.add(r("prioritise-military-trains", prorail, Params.of("corridor", "road-a12", "hours", 5.0), NONE,
            "Not a rail corridor"));
        l.add(r("prioritise-military-trains", prorail, Params.of("corridor", "rail-betuweroute", "hours", 5.0),
            w -> event(w, "sabotage-link", "corridor", "rail-betuweroute"), "closed"));
        l.add(r("prioritise-military-trains", prorail, Params.of("corridor", "rail-betuweroute", "hours", 5.0),
            w -> w.decide(role("mccb"), "prioritise-military-trains", Params.of("corridor", "rail-betuweroute",
                "hours", 5.0)), "already have priority"));
        l.add(r("reroute-military-trains", prorail, Params.of("from", "road-a12", "to", "road-a1"), NONE,
            "must be rail corridors"));
        l.add(r("reroute-military-trains", prorail, Params.of("from", "rail-betuweroute", "to", "rail-betuweroute"),
            NONE, "the same"));
        l.add(r("reroute-military-trains", prorail, Params.of("from", "rail-brabantroute", "to", "rail-oldenzaal"),
            NONE, "not an alternative"));
        l.add(r("reroute-military-trains", prorail, Params.of("from", "rail-betuweroute", "to", "rail-brabantroute"),
            w -> event(w, "sabotage-link", "corridor", "rail-brabantroute"), "is closed"));
        l.add(r("reroute-convoys", role("rws"), Params.of("from", "rail-betuweroute", "to", "rail-brabantroute"), NONE,
            "must be road corridors"));
        l.add(r("repair-link", prorail, Params.of("corridor", "rail-betuweroute"), NONE, "not closed"));
        RoleInstance kmar = role("kmar");
        Params schiphol = Params.of("airport", "airport-schiphol", "hours", 2.0);
        l.add(r("close-airport", kmar, schiphol, w -> w.decide(role("mccb"), "close-airport", schiphol),
            "already closed"));
        l.add(r("reopen-airport", kmar, Params.of("airport", "airport-schiphol"), NONE, "is open"));
        l.add(r("reopen-airport", kmar, Params.of("airport", "airport-schiphol"),
            w -> event(w, "drone-sighting", "airport", "airport-schiphol"), "drone sighting is still active"));
        Params rdam = Params.of("port", "port-rotterdam", "hours", 2.0);
        l.add(r("close-fairway", ROTTERDAM_PORT, rdam, w -> w.decide(role("czsk"), "close-fairway", rdam),
            "already closed"));
        l.add(r("reopen-fairway", ROTTERDAM_PORT, Params.of("port", "port-rotterdam"), NONE, "is open"));
        l.add(r("reopen-fairway", ROTTERDAM_PORT, Params.of("port", "port-rotterdam"),
            w -> event(w, "suspected-mine", "port", "port-rotterdam"), "not yet cleared"));
        l.add(r("mine-countermeasures", role("czsk"), Params.of("port", "port-rotterdam"), NONE, "No suspected mine"));
        Params port = Params.of("port", "port-rotterdam");
        l.add(r("reserve-berth", ROTTERDAM_PORT, port, w -> w.model().transport.berthReserved[0] = true,
            "already reserved"));
        l.add(r("reserve-berth", ROTTERDAM_PORT, port, w -> w.model().transport.civilBerths[0] = 0, "No civil berth"));
        l.add(r("divert-commercial-cargo", ROTTERDAM_PORT, port, NONE, "not disrupted"));
        l.add(r("divert-commercial-cargo", ROTTERDAM_PORT, port, w -> w.model().transport.diverted[0] = 0.5,
            "already diverted"));
        l.add(r("counter-drone", kmar, Params.of("airport", "airbase-volkel"), NONE, "No active drone sighting"));
        l.add(r("escort-convoys", kmar, Params.of("corridor", "rail-betuweroute"), NONE, "Not a road corridor"));
        l.add(r("escort-convoys", kmar, Params.of("corridor", "road-a12"),
            w -> w.model().transport.escorted[w.model().corridor("road-a12")] = true, "already escorted"));
        l.add(r("request-military-support", role("voorzitter-vr", "vr-haaglanden"), Params.of("node", "nl-ncv"), NONE,
            "Only regional objects"));
        l.add(r("request-military-support", ZEELAND_MAYOR, Params.of("node", "zeeland-water"),
            w -> w.model().infra.guarded[w.model().vr("vr-zeeland")][Infrastructure.WATER] = true, "already guarded"));
        l.add(r("request-military-support", ZEELAND_MAYOR, Params.of("node", "zeeland-water"),
            w -> w.model().economy.soldiersOnGuard = 1_000_000, "Not enough soldiers"));
        RoleInstance clas = role("defensie-clas");
        Params site = Params.of("site", "staging-vlissingen");
        l.add(r("guard-military-object", clas, site, w -> w.model().transport.guardedSites.add("staging-vlissingen"),
            "already guarded"));
        l.add(r("guard-military-object", clas, site, w -> w.model().economy.soldiersOnGuard = 1_000_000,
            "Not enough soldiers"));
        l.add(r("investigate-sabotage", role("copi", "vr-zeeland"), zeeland,
            w -> w.model().infra.investigated[w.model().vr("vr-zeeland")] = true, "already under way"));
        l.add(r("set-restoration-order", role("tennet"), Params.of("order", List.of("water", "water")), NONE, "twice"));
        l.add(r("shed-load", role("tennet"), Params.of("share", 0.1, "hours", 2.0), NONE, "No supply shortfall"));
        RoleInstance locc = role("locc");
        Params fuel = Params.of("region", "vr-zeeland", "sector", "hospital");
        l.add(r("deliver-generator-fuel", locc, fuel, NONE, "not running on backup"));
        l.add(r("deliver-generator-fuel", locc, fuel, w -> {
            event(w, "power-outage", "region", "vr-zeeland", "hours", 10.0);
            w.model().economy.fuelDays = 0;
        }, "No fuel left"));
        RoleInstance water = role("drinkwater", "vr-zeeland");
        l.add(r("isolate-ot-networks", water, Params.empty(), w -> w.model().infra.otIsolated[4] = true,
            "already isolated"));
        l.add(r("emergency-drinking-water", water, zeeland, NONE, "Piped drinking water works"));
        l.add(r("emergency-drinking-water", water, zeeland,
            w -> w.model().society.emergencyWater[w.model().vr("vr-zeeland")] = true, "already supplied"));
        l.add(r("deploy-mobile-masts", role("telecom"), zeeland, NONE, "All masts are up"));
        l.add(r("deploy-mobile-masts", role("telecom"), zeeland,
            w -> w.model().infra.mobileMasts[w.model().vr("vr-zeeland")] = 0.2, "already deployed"));
        l.add(r("raise-vigilance", role("tennet"), Params.empty(), w -> w.model().infra.vigilant[0] = true,
            "already raised"));
        l.add(r("set-threat-level", role("nctv"), Params.of("level", "low"), NONE, "already applies"));
        l.add(r("issue-cyber-advice", role("nctv"), Params.empty(), w -> w.model().infra.cyberAdvice = true,
            "already issued"));
        l.add(r("issue-nl-alert", ZEELAND_MAYOR, Params.of("region", "vr-zeeland", "message", "warning"), w -> {
            event(w, "sabotage-node", "node", "zeeland-masts");
        }, "No masts up"));
        l.add(r("counter-disinformation", role("nctv"), Params.of("topic", "chemical-train"), NONE,
            "No active disinformation"));
        l.add(r("address-the-nation", role("mccb"), Params.empty(),
            w -> w.decide(role("mccb"), "address-the-nation", Params.empty()), "Less than 24 hours"));
        l.add(r("open-noodsteunpunten", role("gemeente", "vr-zeeland"), Params.of("region", "vr-zeeland", "count", 5),
            w -> w.model().society.noodsteunpunten[w.model().vr("vr-zeeland")] = 1000, "enough noodsteunpunten"));
        l.add(r("emergency-ordinance", ZEELAND_MAYOR, zeeland, NONE, "No unrest or protest"));
        l.add(r("declare-emergency", role("mccb"), Params.empty(), w -> w.model().economy.emergency = true,
            "already applies"));
        l.add(r("lift-emergency", role("mccb"), Params.empty(), NONE, "No state of emergency"));
        l.add(r("ration-fuel", role("mccb"), Params.empty(), NONE, "Needs a state of emergency"));
        l.add(r("ration-fuel", role("mccb"), Params.empty(), w -> w.model().economy.rationing = true, "already rationed"));
        l.add(r("preparedness-campaign", role("nctv"), Params.empty(), w -> w.model().society.campaignStart = 0,
            "already running"));
        l.add(r("request-international-assistance", role("mccb"), Params.of("kind", "generators"),
            w -> w.decide(role("vws"), "request-international-assistance", Params.of("kind", "generators")),
            "already requested"));
        l.add(r("open-reception-site", role("coa"), Params.of("region", "vr-utrecht"),
            w -> w.model().displaced.capacity[w.model().vr("vr-utrecht")] += 10000, "ample reception places"));
        l.add(r("traffic-plan-displaced", role("politie", "vr-fryslan"), Params.of("region", "vr-fryslan"), NONE,
            "No military route"));
        l.add(r("traffic-plan-displaced", role("kmar"), Params.of("region", "vr-twente"),
            w -> w.model().displaced.trafficPlan[w.model().vr("vr-twente")] = true, "already in place"));
        l.add(r("scale-up-registration", role("coa"), Params.of("region", "vr-twente"),
            w -> w.model().displaced.registrationFactor[w.model().vr("vr-twente")] = 2, "already scaled up"));
        l.add(r("deploy-cimic-liaison", role("cmi", "vr-twente"), Params.of("region", "vr-twente"),
            w -> w.model().displaced.liaison[w.model().vr("vr-twente")] = true, "already deployed"));
        l.add(r("call-up-reservists", role("defensie"), Params.of("count", 50000), NONE, "reservists left"));
        l.add(r("exempt-critical-staff", role("vws"), Params.of("sector", "care"), NONE, "No reservists"));
        l.add(r("exempt-critical-staff", role("vws"), Params.of("sector", "care"), w -> {
            w.model().economy.reservistsCalled = 10;
            w.model().economy.exempt[0] = true;
        }, "already exempted"));
        return l;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void unmetPreconditionIsRejectedAndChangesNothing(Reject k) {
        World w = TestWorlds.world(TestWorlds.quiet(), 5);
        k.setup().accept(w);
        String before = fingerprint(w);
        DecisionResult r = w.decide(k.actor(), k.decision(), k.params());
        assertFalse(r.accepted(), k.toString());
        assertNotNull(r.reason());
        assertTrue(r.reason().en().contains(k.reason()), r.reason().en());
        assertFalse(r.reason().nl().isBlank());
        assertFalse(r.reason().nl().equals(r.reason().en()), "Dutch and English differ: " + r.reason().nl());
        assertEquals(before, fingerprint(w));
        w.simulator().runUntil(w.simulator().now() + 2 * DAY);
    }

    @Test
    void harbourMasterClosesAFairwayWithASuspectedMineAndReopensItAfterClearance() {
        World w = TestWorlds.world(TestWorlds.quiet(), 5);
        event(w, "suspected-mine", "port", "port-rotterdam");
        Params close = Params.of("port", "port-rotterdam", "hours", 48.0);
        assertTrue(w.decide(ROTTERDAM_PORT, "close-fairway", close).accepted());
        assertFalse(w.decide(ROTTERDAM_PORT, "close-fairway", close).accepted(), "a closure cannot be closed again");
        assertTrue(w.decide(role("czsk"), "mine-countermeasures", Params.of("port", "port-rotterdam")).accepted());
        w.simulator().runUntil(w.simulator().now() + 14 * H);
        assertFalse(w.model().transport.mineThreat[w.model().port("port-rotterdam")]);
        assertTrue(w.decide(ROTTERDAM_PORT, "reopen-fairway", Params.of("port", "port-rotterdam")).accepted());
    }

    @Test
    void unknownDecisionTypeIsRejected() {
        World w = TestWorlds.world();
        DecisionResult r = w.decide(role("vws"), "launch-rocket", Params.empty());
        assertFalse(r.accepted());
        assertTrue(r.reason().en().contains("Unknown decision type"));
    }

    @Test
    void listenersHearAcceptedAndRejected() {
        World w = TestWorlds.world();
        List<Boolean> heard = new ArrayList<>();
        w.addDecisionListener((t, a, type, p, res) -> heard.add(res.accepted()));
        w.decide(role("mccb"), "declare-emergency", Params.empty());
        w.decide(role("mccb"), "declare-emergency", Params.empty());
        assertEquals(List.of(true, false), heard);
    }

    /** Everything observable about a world: trace, pending events and every indicator in every scope. */
    static String fingerprint(World w) {
        StringBuilder b = new StringBuilder();
        b.append(w.simulator().traceHash()).append('/').append(w.simulator().pending()).append('/');
        for (IndicatorDef d : w.catalog().indicators()) {
            for (String s : w.catalog().scopeIds(d.scope())) {
                b.append(w.indicator(d.id(), s)).append(',');
            }
        }
        return b.toString();
    }

    static Stream<String> unused() {
        return Stream.empty();
    }
}
