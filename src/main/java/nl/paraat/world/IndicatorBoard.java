package nl.paraat.world;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;

/**
 * Computes every indicator from the model state and samples all of them into primitive series once per simulated
 * hour (one event per hour, priority SAMPLE: it sees the state at the end of the second). Maps are only looked up.
 */
final class IndicatorBoard {
    /** The value of one indicator in one scope (scope index into the catalogue's scope ids). */
    @FunctionalInterface
    interface Gauge {
        double value(int scope);
    }

    private final WorldCatalog catalog;
    private final Model m;
    private final SampleListener after;
    private final Gauge[] gauges;
    private final int[] offset;
    private final int[] scopes;
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer>[] scopeIndex;
    private final SeriesStore store;
    private final EventType sampleType;
    private final Map<String, Gauge> defs = new HashMap<>();

    @SuppressWarnings("unchecked")
    IndicatorBoard(WorldCatalog catalog, Model m, SampleListener after) {
        this.catalog = catalog;
        this.m = m;
        this.after = after;
        define();
        List<IndicatorDef> list = catalog.indicators();
        gauges = new Gauge[list.size()];
        offset = new int[list.size()];
        scopes = new int[list.size()];
        IndicatorScope[] kinds = IndicatorScope.values();
        scopeIndex = new Map[kinds.length];
        for (IndicatorScope k : kinds) {
            Map<String, Integer> idx = new HashMap<>();
            List<String> ids = catalog.scopeIds(k);
            for (int i = 0; i < ids.size(); i++) {
                idx.put(ids.get(i), i);
            }
            scopeIndex[k.ordinal()] = idx;
        }
        int total = 0;
        for (int i = 0; i < list.size(); i++) {
            IndicatorDef d = list.get(i);
            Gauge g = defs.get(d.id());
            if (g == null) {
                throw new IllegalStateException("indicator without a gauge: " + d.id());
            }
            gauges[i] = g;
            byId.put(d.id(), i);
            offset[i] = total;
            scopes[i] = catalog.scopeIds(d.scope()).size();
            total += scopes[i];
        }
        store = new SeriesStore(total);
        mastsNow = new double[m.nVr];
        loadNow = new double[m.nVr];
        sampleType = new EventType("world/sample", (k, p) -> sample());
    }

    void start() {
        m.sim.schedule(m.sim.now(), Priority.SAMPLE, sampleType, 0);
    }

    /** Per-region values several gauges share, computed once per sample or read. */
    private final double[] mastsNow;
    private final double[] loadNow;
    private double alertReach;

    private void refresh() {
        for (int v = 0; v < m.nVr; v++) {
            mastsNow[v] = m.infra.masts(v);
            loadNow[v] = m.infra.loadServed(v);
        }
    }

    private void sample() {
        long now = m.sim.now();
        refresh();
        m.sim.scheduleIn(Model.HOUR, Priority.SAMPLE, sampleType, 0);
        double[] row = store.begin(now);
        for (int i = 0; i < gauges.length; i++) {
            Gauge g = gauges[i];
            int base = offset[i];
            for (int s = 0; s < scopes[i]; s++) {
                row[base + s] = g.value(s);
            }
        }
        after.onSample(now);
    }

    private int[] locate(String id, String scope) {
        Integer i = byId.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown indicator '" + id + "'");
        }
        IndicatorDef d = catalog.indicators().get(i);
        Integer s = scopeIndex[d.scope().ordinal()].get(scope);
        if (s == null) {
            throw new IllegalArgumentException("indicator " + id + " has scope " + d.scope() + "; '" + scope
                + "' is not one of its scope ids");
        }
        return new int[] {i, s};
    }

    double current(String id, String scope) {
        int[] l = locate(id, scope);
        refresh();
        return gauges[l[0]].value(l[1]);
    }

    IndicatorSeries series(String id, String scope) {
        int[] l = locate(id, scope);
        return new IndicatorSeries(store, offset[l[0]] + l[1]);
    }

    // ------------------------------------------------------------------ definitions

    private void g(String id, Gauge gauge) {
        defs.put(id, gauge);
    }

    private double popWeighted(Gauge perVr) {
        double s = 0;
        for (int v = 0; v < m.nVr; v++) {
            s += m.vrPopulation[v] * perVr.value(v);
        }
        return s / m.population;
    }

    private double sumRoaz(Gauge perRoaz) {
        double s = 0;
        for (int r = 0; r < m.nRoaz; r++) {
            s += perRoaz.value(r);
        }
        return s;
    }

    private void define() {
        alertReach = m.p("society.nlalert.reach");
        Health h = m.health;
        Transport tr = m.transport;
        Infrastructure inf = m.infra;
        Society soc = m.society;
        Displaced dis = m.displaced;
        Economy eco = m.economy;
        g("health.icuOccupancy", r -> h.occupancy(r, Health.ICU));
        g("health.icuOccupancyNational", s -> {
            double occ = 0;
            double cap = 0;
            for (int r = 0; r < h.n; r++) {
                occ += h.background(r, Health.ICU) + h.inBed[r][Health.ICU];
                cap += h.staffed(r, Health.ICU);
            }
            return cap <= 0 ? 100 : 100 * occ / cap;
        });
        g("health.icuFreeBeds", r -> h.free(r, Health.ICU));
        g("health.icuFreeBedsNational", s -> h.nationalIcuFree());
        g("health.icuCapacityNational", s -> sumRoaz(r -> h.staffed(r, Health.ICU)));
        g("health.wardFreeBeds", r -> h.free(r, Health.WARD));
        g("health.burnFreeBeds", s -> sumRoaz(r -> h.free(r, Health.BURN)));
        g("health.waiting", r -> h.waiting(r));
        g("health.waitingOver24h", r -> h.waitingOver(r, 24 * Model.HOUR));
        g("health.waitingOver24hNational", s -> sumRoaz(r -> h.waitingOver(r, 24 * Model.HOUR)));
        g("health.preventableDeaths", s -> h.died);
        g("health.preventableDeathsRegion", r -> h.diedRegion[r]);
        g("health.casualtiesArrived", s -> h.arrived);
        g("health.inTransport", s -> h.inTransport);
        g("health.movedAbroad", s -> h.movedAbroad);
        g("health.ambulancesFree", s -> h.freeAmbulances());
        g("infra.vigilance", s -> {
            int[] groups = {0, 3, 4, 7, Infrastructure.SECTOR_NAMES.size()};
            int c = tr.vigilantRail ? 1 : 0;
            for (int k : groups) {
                c += inf.vigilant[k] ? 1 : 0;
            }
            return 100.0 * c / 6;
        });
        g("health.plannedCareCancelled", s -> h.plannedCareBedDays);
        g("health.medicineStockDays", s -> h.medicineDays);
        g("health.militaryPatientsAdmitted", s -> h.militaryAdmitted);
        g("transport.throughputVsPlan", s -> {
            double planned = tr.planned();
            return planned <= 0 ? 100 : 100 * StrictMath.min(1.5, tr.itemsMoved / planned);
        });
        g("transport.itemsMovedPerDay", s -> tr.movedLast24h());
        g("transport.itemsMoved", s -> tr.itemsMoved);
        g("transport.civilDelay", c -> tr.civilDelay24h(c));
        g("transport.civilDelayNational", s -> {
            double d = 0;
            for (int c = 0; c < tr.nc; c++) {
                d += tr.civilDelay24h(c);
            }
            return d;
        });
        g("transport.corridorOpen", c -> tr.open(c) ? 1 : 0);
        g("transport.corridorsOpenShare", s -> {
            int open = 0;
            for (int c = 0; c < tr.nc; c++) {
                open += tr.open(c) ? 1 : 0;
            }
            return 100.0 * open / tr.nc;
        });
        g("transport.militaryTrainsWaiting", c -> tr.waiting(c));
        g("transport.portItemsWaiting", p -> tr.itemsWaiting(p));
        g("transport.portOpen", p -> tr.fairwayOpen(p) ? 1 : 0);
        g("transport.airportsOpen", s -> {
            int open = 0;
            for (int a = 0; a < tr.na; a++) {
                open += tr.airportOpen(a) ? 1 : 0;
            }
            return 100.0 * open / tr.na;
        });
        g("transport.cargoDiverted", s -> {
            double calls = 0;
            double diverted = 0;
            for (int p = 0; p < tr.np; p++) {
                calls += CivilTraffic.sum(tr.civil.callsRing[p]);
                diverted += CivilTraffic.sum(tr.civil.divertedRing[p]);
            }
            return calls <= 0 ? 0 : 100 * diverted / calls;
        });
        g("transport.shipsWaiting", p -> tr.civil.waiting[p]);
        g("transport.shipWaitingHours", p -> CivilTraffic.sum(tr.civil.waitHoursRing[p]));
        g("transport.flightsCancelledPerDay", s -> CivilTraffic.sum(tr.civil.cancelledRing));
        g("transport.civilFlightsOperated", s -> {
            double ok = CivilTraffic.sum(tr.civil.flightsRing);
            double all = ok + CivilTraffic.sum(tr.civil.cancelledRing);
            return all <= 0 ? 100 : 100 * ok / all;
        });
        g("energy.loadServed", v -> 100 * loadNow[v]);
        g("energy.loadServedNational", s -> 100 * popWeighted(v -> loadNow[v]));
        g("energy.peopleWithoutPower", s -> popWeighted(v -> 1 - loadNow[v]) * m.population);
        g("energy.priorityUsersOnBackup", s -> {
            int c = 0;
            for (int v = 0; v < m.nVr; v++) {
                c += (inf.onBackup(v, Infrastructure.HOSPITAL) ? 1 : 0) + (inf.onBackup(v, Infrastructure.WATER) ? 1 : 0)
                    + (inf.onBackup(v, Infrastructure.WATERMGMT) ? 1 : 0);
            }
            return c;
        });
        g("energy.repairQueue", s -> inf.repairQueueSize());
        g("telecom.mastsUp", v -> 100 * mastsNow[v]);
        g("telecom.mastsUpNational", s -> 100 * popWeighted(v -> mastsNow[v]));
        g("telecom.nlAlertReach", v -> 100 * alertReach * mastsNow[v]);
        g("telecom.nlAlertReachNational", s -> 100 * alertReach * popWeighted(v -> mastsNow[v]));
        g("telecom.gnssJammedRegions", s -> {
            int c = 0;
            for (int v = 0; v < m.nVr; v++) {
                c += inf.jammed(v) ? 1 : 0;
            }
            return c;
        });
        g("water.peopleWithoutWater", v -> withoutWater(v));
        g("water.peopleWithoutWaterNational", s -> {
            double t = 0;
            for (int v = 0; v < m.nVr; v++) {
                t += withoutWater(v);
            }
            return t;
        });
        g("water.share3L", s -> {
            double t = 0;
            for (int v = 0; v < m.nVr; v++) {
                t += withoutWater(v);
            }
            return 100 * (m.population - t * (1 - 0.32)) / m.population;
        });
        g("food.distributionUp", s -> 100 * popWeighted(v -> inf.foodUp(v) ? 1 : 0));
        g("payments.up", s -> 100 * popWeighted(v -> inf.paymentsUp(v) ? 1 : 0));
        g("watermgmt.up", s -> {
            int up = 0;
            for (int v = 0; v < m.nVr; v++) {
                up += inf.up(v, Infrastructure.WATERMGMT) ? 1 : 0;
            }
            return 100.0 * up / m.nVr;
        });
        g("heating.peopleWithoutHeating", s -> m.p("infra.winter") > 0
            ? popWeighted(v -> inf.up(v, Infrastructure.GAS) ? 0 : 1) * m.population : 0);
        g("society.trust", v -> soc.trust[v]);
        g("society.trustNational", s -> popWeighted(v -> soc.trust[v]));
        g("society.rumourBelief", s -> 100 * popWeighted(soc::belief));
        g("society.preparedness", s -> 100 * soc.preparedness());
        g("society.unrest", v -> soc.unrest[v]);
        g("society.unrestNational", s -> popWeighted(v -> soc.unrest[v]));
        g("gov.crisisBodiesFunctioning", s -> {
            int ok = 0;
            for (int v = 0; v < m.nVr; v++) {
                ok += soc.crisisBodyFunctioning(v) ? 1 : 0;
            }
            return 100.0 * ok / m.nVr;
        });
        g("gov.emergencyDeclared", s -> eco.emergency ? 1 : 0);
        g("society.vulnerableAtRisk", s -> {
            double t = 0;
            for (int v = 0; v < m.nVr; v++) {
                boolean outage = inf.loadServed(v) < 0.999 || !inf.waterUp(v);
                if (outage && !soc.vulnerablePrioritised[v]) {
                    t += m.vrPopulation[v] * 0.007;
                }
            }
            return t;
        });
        g("society.noodsteunpuntenOpen", s -> {
            int c = 0;
            for (int v = 0; v < m.nVr; v++) {
                c += soc.noodsteunpunten[v];
            }
            return c;
        });
        g("displaced.inReception", s -> dis.totalInReception());
        g("displaced.inReceptionRegion", v -> dis.inReception[v]);
        g("displaced.receptionCapacity", s -> dis.totalCapacity());
        g("displaced.receptionOccupancy", s -> {
            double cap = dis.totalCapacity();
            return cap <= 0 ? 100 : 100 * dis.totalInReception() / cap;
        });
        g("displaced.awaitingRegistration", s -> dis.totalAwaiting());
        g("displaced.unsheltered", s -> dis.unsheltered);
        g("displaced.routeConflicts", s -> dis.routeConflicts);
        g("economy.fuelStockDays", s -> eco.fuelDays);
        g("economy.careStaffShare", s -> 100 * eco.staffShare(Economy.CARE) * (1 - avgExhaustion()));
        g("economy.transportStaffShare", s -> 100 * eco.staffShare(Economy.TRANSPORT));
        g("economy.energyStaffShare", s -> 100 * eco.staffShare(Economy.ENERGY));
        g("defence.reservistsCalledUp", s -> {
            double c = eco.reservistsCalled;
            for (int k = 0; k < 3; k++) {
                if (eco.exempt[k]) {
                    c -= StrictMath.floor(eco.reservistsCalled * eco.reservistShare[k]);
                }
            }
            return c;
        });
        g("defence.soldiersAvailable", s -> eco.soldiersAvailable());
        g("defence.objectsGuarded", s -> {
            int c = tr.guardedSites.size();
            for (int v = 0; v < m.nVr; v++) {
                for (int k = 0; k < Infrastructure.NSEC; k++) {
                    if (inf.guarded[v][k] && k != Infrastructure.MAST_B && k != Infrastructure.MAST_C) {
                        c++;
                    }
                }
            }
            return c;
        });
    }

    private double withoutWater(int v) {
        return m.infra.waterUp(v) || m.society.emergencyWater[v] ? 0 : m.vrPopulation[v];
    }

    private double avgExhaustion() {
        double s = 0;
        for (int r = 0; r < m.nRoaz; r++) {
            s += m.health.exhaustion[r] * m.roazPopulation[r];
        }
        return s / m.population;
    }
}
