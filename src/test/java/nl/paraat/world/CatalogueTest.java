package nl.paraat.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private final WorldCatalog c = WorldCatalog.standard();

    @Test
    void sizesMeetTheIssue() {
        assertTrue(c.roleTypes().size() >= 20, "role types");
        assertTrue(c.decisionTypes().size() >= 25, "decision types");
        assertTrue(c.eventTypes().size() >= 10, "event types");
        assertEquals(11, c.roazRegions().size());
        assertEquals(25, c.safetyRegions().size());
    }

    @Test
    void bedTotalsMatchDomain() {
        Geography g = c.geography();
        assertEquals(1150, g.roazRegions().stream().mapToInt(Geography.RoazRegion::icuBeds).sum());
        assertEquals(27000, g.roazRegions().stream().mapToInt(Geography.RoazRegion::wardBeds).sum());
        assertEquals(60, g.roazRegions().stream().mapToInt(Geography.RoazRegion::burnBeds).sum());
        assertEquals(3, g.roazRegions().stream().filter(r -> r.burnBeds() > 0).count());
        for (Geography.RoazRegion r : g.roazRegions()) {
            assertTrue(g.safetyRegions().stream().anyMatch(s -> s.roaz().equals(r.id())), r.id() + " has safety regions");
        }
    }

    @Test
    void everyLocationHasCoordinatesInsideTheNetherlands() {
        Geography g = c.geography();
        g.roazRegions().forEach(r -> inNl(r.lat(), r.lon(), r.id()));
        g.safetyRegions().forEach(r -> inNl(r.lat(), r.lon(), r.id()));
        g.ports().forEach(r -> inNl(r.lat(), r.lon(), r.id()));
        g.airports().forEach(r -> inNl(r.lat(), r.lon(), r.id()));
        g.militarySites().forEach(r -> inNl(r.lat(), r.lon(), r.id()));
        g.nodes().forEach(r -> inNl(r.lat(), r.lon(), r.id()));
        g.corridors().forEach(r -> {
            inNl(r.originLat(), r.originLon(), r.id());
            assertTrue(r.borderLon() > 5.5 || r.border().contains("Roosendaal"), r.id() + " ends towards Germany");
        });
    }

    private static void inNl(double lat, double lon, String id) {
        assertTrue(lat > 50.7 && lat < 53.6 && lon > 3.3 && lon < 7.3, id + " at " + lat + "," + lon);
    }

    @Test
    void decisionOwnersAndParamsAreKnown() {
        Set<String> roles = new TreeSet<>();
        c.roleTypes().forEach(r -> roles.add(r.id()));
        Set<String> owning = new TreeSet<>();
        for (DecisionType d : c.decisionTypes()) {
            assertFalse(d.ownerRoleTypes().isEmpty(), d.id());
            for (String o : d.ownerRoleTypes()) {
                assertTrue(roles.contains(o), d.id() + " owner " + o);
                owning.add(o);
            }
            assertTrue(d.blr().matches("BLR[1-7]"), d.id());
            assertTrue(d.pillar().matches("P[1-6]"), d.id());
        }
        assertEquals(roles, owning, "every role type owns at least one decision");
    }

    @Test
    void indicatorsCoverEveryBlrAndPillarTwice() {
        for (String k : List.of("BLR1", "BLR2", "BLR3", "BLR4", "BLR5", "BLR6", "BLR7", "P1", "P2", "P3", "P4", "P5",
            "P6")) {
            long n = c.indicators().stream().filter(i -> i.blrs().contains(k) || i.pillars().contains(k)).count();
            assertTrue(n >= 2, k + " has " + n + " indicators");
        }
        for (IndicatorDef i : c.indicators()) {
            assertFalse(i.meaning().isBlank(), i.id());
            assertFalse(i.formula().isBlank(), i.id());
            assertTrue(List.of("health", "transport", "infrastructure", "society", "displaced", "economy")
                .contains(i.group()), i.id());
        }
    }

    @Test
    void everyParameterHasASourceAndASaneRange() {
        for (ParameterDef p : c.parameters()) {
            assertFalse(p.source().isBlank(), p.id());
            assertTrue(p.min() <= p.defaultValue() && p.defaultValue() <= p.max(), p.id());
            assertTrue(p.id().matches("[a-z]+(\\.[a-zA-Z0-9]+)+"), p.id());
        }
    }

    @Test
    void storylineRolesAndActionsAreCovered() {
        List<String> storylineRoles = List.of("voorzitter-vr", "rot", "copi", "ghor", "roaz", "lcps", "lnaz", "vws",
            "defensie", "defensie-clas", "kmar", "czsk", "nctv", "locc", "mccb", "prorail", "rws", "havenbedrijf",
            "tennet", "netbeheerder", "drinkwater", "telecom", "gemeente", "politie", "coa", "rode-kruis", "ziekenhuis",
            "rav", "vvt", "cmi");
        storylineRoles.forEach(r -> assertTrue(c.roleType(r).isPresent(), r));
        List<String> expectedActions = List.of("counter-drone", "reopen-airport", "issue-nl-alert", "issue-cyber-advice",
            "isolate-ot-networks", "counter-disinformation", "prioritise-military-trains", "investigate-sabotage",
            "repair-link", "reroute-convoys", "reroute-military-trains", "emergency-ordinance", "exempt-critical-staff",
            "raise-icu-surge", "preparedness-campaign", "declare-emergency", "spread-patients", "spread-patients-abroad",
            "set-restoration-order", "open-noodsteunpunten", "deliver-generator-fuel", "divert-commercial-cargo",
            "open-reception-site", "traffic-plan-displaced", "ration-fuel", "release-medicine-stock",
            "request-international-assistance", "cut-planned-care", "deploy-zorgreserve", "prioritise-vulnerable-care",
            "set-threat-level", "raise-vigilance", "lift-emergency", "address-the-nation");
        expectedActions.forEach(a -> assertTrue(c.decisionType(a).isPresent(), a));
        List<String> storylineEvents = List.of("survey-vessel", "drone-sighting", "ddos", "cyber-attack",
            "disinformation-wave", "staff-data-leak", "rail-cable-cut", "protest", "run-on-shops", "article5-invoked",
            "casualty-inflow", "casualty-wave", "hospital-train-delay", "sabotage-node", "power-outage",
            "terminal-cyber-attack", "refugee-inflow", "fuel-shortage", "medicine-shortage", "payment-outage",
            "subsea-cable-damage", "staff-exhaustion", "deployment-plan", "gnss-jamming", "suspected-mine");
        storylineEvents.forEach(e -> assertTrue(c.eventType(e).isPresent(), e));
    }

    @Test
    void checkParamsNamesProblems() {
        DecisionType spread = c.decisionType("spread-patients").orElseThrow();
        assertTrue(c.checkParams(spread.params(), Params.of("from", "roaz-oost", "to", "roaz-west", "count", 5,
            "bedClass", "icu")).isEmpty());
        List<String> p = c.checkParams(spread.params(), Params.of("from", "roaz-nowhere", "to", "roaz-west",
            "count", 9999, "bedClass", "sofa", "colour", "red"));
        String all = String.join(" / ", p);
        assertTrue(all.contains("unknown ROAZ region 'roaz-nowhere'"), all);
        assertTrue(all.contains("9999 is outside [1, 500]"), all);
        assertTrue(all.contains("expected one of [icu, ward, burn]"), all);
        assertTrue(all.contains("unknown parameter 'colour'"), all);
        assertTrue(c.checkParams(spread.params(), Params.empty()).contains("missing parameter 'from'"));
    }
}
