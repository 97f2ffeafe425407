package nl.paraat.world;

import java.util.ArrayList;
import java.util.List;

/**
 * The doctrine policy: sensible default decisions per role instance, from the current true state. Rules are
 * written down in docs/doctrine.md; each proposal still goes through {@link World#decide}, so a proposal whose
 * precondition fails is simply rejected.
 */
final class Doctrine {
    private final Model m;

    private final double maxCut;
    private final double perPoint;

    Doctrine(WorldCatalog catalog, Model m) {
        this.m = m;
        this.maxCut = m.p("health.plannedCare.maxCutShare");
        this.perPoint = m.p("society.noodsteunpunt.inhabitants");
    }

    // Conservative "could any instance of this kind act?" flags, recomputed once per (time, events executed): a
    // pure function of the state, so the per-instance rules below can return at once in calm conditions.
    private long stampTime = -1;
    private long stampEvents = -1;
    private long stampDecisions = -1;
    private boolean anyOutage;
    private boolean anyUnrest;
    private boolean anyOrderMissing;
    private boolean anyCutBelowMax;
    private boolean anyRumour;
    private boolean[] needWater = new boolean[0];
    private boolean[] waterRumour = new boolean[0];
    private boolean[] needNsp = new boolean[0];
    private boolean[] unrestHigh = new boolean[0];
    private boolean[] needVulnerable = new boolean[0];
    private boolean[] orderMissing = new boolean[0];

    private void situation() {
        if (m.sim.now() == stampTime && m.sim.eventsExecuted() == stampEvents && m.decisionsAccepted == stampDecisions) {
            return;
        }
        stampTime = m.sim.now();
        stampEvents = m.sim.eventsExecuted();
        stampDecisions = m.decisionsAccepted;
        anyOutage = m.infra.shed > 0;
        anyUnrest = false;
        anyOrderMissing = false;
        if (needWater.length != m.nVr) {
            needWater = new boolean[m.nVr];
            waterRumour = new boolean[m.nVr];
            needNsp = new boolean[m.nVr];
            unrestHigh = new boolean[m.nVr];
            needVulnerable = new boolean[m.nVr];
            orderMissing = new boolean[m.nVr];
        }
        Society soc = m.society;
        Society.Wave water = soc.wave("water-poisoned");
        for (int v = 0; v < m.nVr; v++) {
            boolean waterUp = m.infra.waterUp(v);
            double load = m.infra.loadServed(v);
            anyOutage |= m.infra.gridDown[v] || !waterUp || m.infra.masts(v) < 0.999;
            unrestHigh[v] = soc.unrest[v] > 50;
            anyUnrest |= unrestHigh[v];
            orderMissing[v] = m.infra.regionOrder.get(v) == null;
            anyOrderMissing |= orderMissing[v];
            needWater[v] = !waterUp && !soc.emergencyWater[v];
            waterRumour[v] = water != null && water.belief[v] > 0.05 && water.counter[v] < 0.6;
            needNsp[v] = (load < 0.5 || !waterUp) && soc.noodsteunpunten[v] == 0 && soc.noodsteunpuntenPending[v] == 0;
            needVulnerable[v] = !soc.vulnerablePrioritised[v] && (load < 0.999 || !waterUp);
        }
        anyCutBelowMax = false;
        for (int r = 0; r < m.nRoaz; r++) {
            anyCutBelowMax |= m.health.cutTarget[r] < maxCut;
        }
        anyRumour = !m.society.waves.isEmpty();
    }

    List<Proposal> proposals(RoleInstance role) {
        List<Proposal> out = buffer;
        out.clear();
        situation();
        switch (role.type()) {
            case "lnaz" -> lnaz(out);
            case "vws" -> vws(out);
            case "roaz", "ziekenhuis" -> roaz(role, out);
            case "lcps" -> lcps(out);
            case "defensie" -> defensie(out);
            case "prorail" -> reroute(out, true, "reroute-military-trains");
            case "rws" -> reroute(out, false, "reroute-convoys");
            case "tennet" -> tennet(out);
            case "netbeheerder" -> netbeheerder(role, out);
            case "locc", "rot" -> fuel(role, out);
            case "drinkwater" -> drinkwater(role, out);
            case "telecom" -> telecom(out);
            case "nctv" -> nctv(out);
            case "voorzitter-vr", "gemeente" -> mayor(role, out);
            case "coa" -> coa(out);
            case "kmar" -> kmar(out);
            case "czsk" -> czsk(out);
            case "havenbedrijf" -> harbour(role, out);
            case "ghor", "vvt" -> ghor(role, out);
            case "mccb" -> mccb(out);
            default -> {
                // no doctrine for this role type
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private final List<Proposal> buffer = new ArrayList<>(4);
    private static final int[] FUEL_SECTORS = {Infrastructure.HOSPITAL, Infrastructure.WATER, Infrastructure.WATERMGMT};

    private static Proposal p(String type, Object... kv) {
        return new Proposal(type, Params.of(kv));
    }

    private double icuOccNational() {
        double occ = 0;
        double cap = 0;
        Health h = m.health;
        for (int r = 0; r < h.n; r++) {
            occ += h.background(r, Health.ICU) + h.inBed[r][Health.ICU] + h.queues[r * Health.CATS].total();
            cap += h.staffed(r, Health.ICU);
        }
        return cap <= 0 ? 100 : 100 * occ / cap;
    }

    private void lnaz(List<Proposal> out) {
        Health h = m.health;
        if (h.surgePending < 0 && h.surgeLevel < 3 && icuOccNational() > 85
            && (h.surgeLevel + 1 < 2 || h.regularCareSuspended)) {
            out.add(p("raise-icu-surge"));
        }
    }

    private void vws(List<Proposal> out) {
        Health h = m.health;
        if (!h.regularCareSuspended && h.surgeLevel >= 1 && icuOccNational() > 85) {
            out.add(p("suspend-regular-care"));
        }
        if (!h.medicineReleased && h.medicineDays < 10) {
            out.add(p("release-medicine-stock"));
        }
    }

    private void roaz(RoleInstance role, List<Proposal> out) {
        if (!anyCutBelowMax || role.region() == null || !m.isRoaz(role.region())) {
            return;
        }
        int r = m.roaz(role.region());
        Health h = m.health;
        if (h.cutTarget[r] < maxCut && (h.occupancy(r, Health.ICU) > 85
            || h.queues[r * Health.CATS].total() > 0 || h.inflowPerDay > 0)) {
            out.add(p("cut-planned-care", "region", role.region()));
        }
    }

    private void lcps(List<Proposal> out) {
        Health h = m.health;
        if (h.waitingTotal == 0) {
            return;
        }
        int ambulances = h.freeAmbulances();
        for (int pool = 0; pool < Health.POOLS; pool++) {
            String cls = DecisionCatalogue.BED_CLASSES.get(pool);
            long[] waiting = new long[h.n];
            long any = 0;
            int best = -1;
            long bestRoom = 0;
            for (int r = 0; r < h.n; r++) {
                for (int c = 0; c < Health.CATS; c++) {
                    if (Health.POOL_OF[c] == pool) {
                        waiting[r] += h.queues[r * Health.CATS + c].total();
                    }
                }
                any += waiting[r];
                long room = h.free(r, pool) - waiting[r];
                if (h.nominal[r][pool] > 0 && room > bestRoom) {
                    best = r;
                    bestRoom = room;
                }
            }
            if (any == 0) {
                continue;
            }
            for (int r = 0; r < h.n; r++) {
                if (waiting[r] == 0) {
                    continue;
                }
                int n = (int) StrictMath.min(StrictMath.min(waiting[r], ambulances), 20);
                if (best >= 0 && best != r && n > 0) {
                    n = (int) StrictMath.min(n, StrictMath.min(bestRoom, h.free(best, pool)));
                    if (n > 0) {
                        out.add(p("spread-patients", "from", id(r), "to", id(best), "count", n, "bedClass", cls));
                        return;
                    }
                }
                if (best < 0 && pool != Health.WARD && n > 0 && h.abroadLeftToday() > 0) {
                    n = StrictMath.min(n, h.abroadLeftToday());
                    out.add(p("spread-patients-abroad", "from", id(r), "count", n, "bedClass", cls));
                    return;
                }
            }
        }
    }

    private String id(int r) {
        return m.catalog.roazRegions().get(r);
    }

    private void defensie(List<Proposal> out) {
        Health h = m.health;
        int r = h.routedRegion;
        if (r >= 0 && h.occupancy(r, Health.ICU) > 90) {
            int best = h.bestRegion(Health.ICU, r);
            if (best != r) {
                out.add(p("route-hospital-trains", "region", id(best)));
            }
        }
    }

    private void reroute(List<Proposal> out, boolean rail, String type) {
        Transport tr = m.transport;
        for (int c = 0; c < tr.nc; c++) {
            if (tr.rail[c] != rail || tr.open(c) || tr.waiting(c) == 0) {
                continue;
            }
            for (String alt : m.geo.corridors().get(c).alternatives()) {
                int a = m.corridor(alt);
                if (tr.rail[a] == rail && tr.open(a)) {
                    out.add(p(type, "from", m.catalog.corridors().get(c), "to", alt));
                    return;
                }
            }
        }
        if (rail && tr.deploymentActive() && tr.planned() > 0 && tr.itemsMoved / tr.planned() < 0.8) {
            for (int c = 0; c < tr.nc; c++) {
                if (tr.rail[c] && tr.open(c) && tr.waiting(c) > 3 && tr.prioritisedUntil[c] <= m.sim.now()) {
                    out.add(p("prioritise-military-trains", "corridor", m.catalog.corridors().get(c), "hours", 24.0));
                    return;
                }
            }
        }
    }

    private void tennet(List<Proposal> out) {
        Infrastructure inf = m.infra;
        if (inf.shortfall > inf.shed) {
            out.add(p("shed-load", "share", StrictMath.min(0.5, inf.shortfall), "hours", 24.0));
        }
        if (inf.nationalOrder.isEmpty()) {
            out.add(p("set-restoration-order", "order", List.of("hospital", "water", "masts", "watermgmt", "payments",
                "food", "fuel", "gas")));
        }
    }

    private void netbeheerder(RoleInstance role, List<Proposal> out) {
        int v = anyOrderMissing ? m.vrOrMinus(role.region()) : -1;
        if (v >= 0 && orderMissing[v]) {
            out.add(p("set-restoration-order", "order", List.of("hospital", "water", "masts", "watermgmt", "payments",
                "food", "fuel", "gas")));
        }
    }

    private void fuel(RoleInstance role, List<Proposal> out) {
        if (!anyOutage) {
            return;
        }
        Infrastructure inf = m.infra;
        long now = m.sim.now();
        for (int v = 0; v < m.nVr; v++) {
            if (role.type().equals("rot") && (role.region() == null || !role.region().equals(m.catalog.safetyRegions().get(v)))) {
                continue;
            }
            if (!inf.gridDown[v]) {
                continue;
            }
            for (int s : FUEL_SECTORS) {
                if (inf.onBackup(v, s) && inf.backupUntil[v][s] - now < 12 * Model.HOUR) {
                    out.add(p("deliver-generator-fuel", "region", m.catalog.safetyRegions().get(v), "sector",
                        Infrastructure.SECTOR_NAMES.get(Infrastructure.catalogueSector(s))));
                    return;
                }
            }
        }
    }

    private void drinkwater(RoleInstance role, List<Proposal> out) {
        int v = anyOutage || anyRumour ? m.vrOrMinus(role.region()) : -1;
        if (v < 0) {
            return;
        }
        if (needWater[v]) {
            out.add(p("emergency-drinking-water", "region", role.region()));
        }
        if (waterRumour[v]) {
            out.add(p("counter-disinformation", "topic", "water-poisoned"));
        }
    }

    private void telecom(List<Proposal> out) {
        if (!anyOutage) {
            return;
        }
        for (int v = 0; v < m.nVr; v++) {
            if (m.infra.masts(v) < 0.5 && m.infra.mobileMasts[v] == 0) {
                out.add(p("deploy-mobile-masts", "region", m.catalog.safetyRegions().get(v)));
                return;
            }
        }
    }

    private void nctv(List<Proposal> out) {
        Society soc = m.society;
        for (Society.Wave w : soc.waves) {
            double max = 0;
            double counter = 1;
            for (int v = 0; v < m.nVr; v++) {
                max = StrictMath.max(max, w.belief[v]);
                counter = StrictMath.min(counter, w.counter[v]);
            }
            if (max > 0.05 && counter < 0.6) {
                out.add(p("counter-disinformation", "topic", w.topic));
                return;
            }
        }
        if (soc.threatLevel >= 1 && !m.infra.cyberAdvice) {
            out.add(p("issue-cyber-advice"));
        }
    }

    private void mayor(RoleInstance role, List<Proposal> out) {
        int v = anyOutage || anyUnrest ? m.vrOrMinus(role.region()) : -1;
        if (v < 0) {
            return;
        }
        if (needNsp[v]) {
            double needed = StrictMath.ceil(m.vrPopulation[v] / perPoint);
            out.add(p("open-noodsteunpunten", "region", role.region(), "count", (long) StrictMath.min(500, needed)));
        }
        if (unrestHigh[v] && role.type().equals("voorzitter-vr")) {
            out.add(p("emergency-ordinance", "region", role.region()));
        }
    }

    private void coa(List<Proposal> out) {
        Displaced d = m.displaced;
        if (d.totalCapacity() > 0 && d.totalInReception() + d.totalAwaiting() > 0.85 * d.totalCapacity()) {
            int best = -1;
            for (int v = 0; v < m.nVr; v++) {
                if (!d.militaryRegion[v] && d.capacity[v] - d.inReception[v] <= 5000
                    && (best < 0 || m.vrPopulation[v] > m.vrPopulation[best])) {
                    best = v;
                }
            }
            if (best >= 0 && m.sim.now() - lastSite > 24 * Model.HOUR) {
                lastSite = m.sim.now();
                out.add(p("open-reception-site", "region", m.catalog.safetyRegions().get(best), "places", 2000L,
                    "offRoute", true));
            }
        }
    }

    private long lastSite = Long.MIN_VALUE / 2;

    private void kmar(List<Proposal> out) {
        Transport tr = m.transport;
        for (int a = 0; a < tr.na; a++) {
            if (tr.droneActive(a) && tr.droneUntil[a] > m.sim.now() + Model.HOUR) {
                out.add(p("counter-drone", "airport", m.catalog.airports().get(a)));
                return;
            }
        }
    }

    private void czsk(List<Proposal> out) {
        for (int p = 0; p < m.transport.np; p++) {
            if (m.transport.mineThreat[p] && !mineWorked[p]) {
                mineWorked[p] = true;
                out.add(p("mine-countermeasures", "port", m.catalog.ports().get(p)));
                return;
            }
        }
    }

    private final boolean[] mineWorked = new boolean[16];

    private void harbour(RoleInstance role, List<Proposal> out) {
        Transport tr = m.transport;
        for (int p = 0; p < tr.np; p++) {
            if (role.region() != null && role.region().equals(m.geo.ports().get(p).safetyRegion())
                && m.sim.now() < tr.cyberUntil[p] && tr.diverted[p] < 0.5) {
                out.add(p("divert-commercial-cargo", "port", m.catalog.ports().get(p)));
                return;
            }
        }
    }

    private void ghor(RoleInstance role, List<Proposal> out) {
        int v = anyOutage ? m.vrOrMinus(role.region()) : -1;
        if (v >= 0 && needVulnerable[v]) {
            out.add(p("prioritise-vulnerable-care", "region", role.region()));
        }
    }

    private void mccb(List<Proposal> out) {
        if (!m.economy.rationing && m.economy.fuelDays < 30) {
            out.add(p("ration-fuel", "militaryPriority", true));
        }
    }
}
