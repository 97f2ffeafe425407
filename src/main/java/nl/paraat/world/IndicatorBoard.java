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
    private final int[] codes;
    private final Health h;
    private final Transport tr;
    private final Infrastructure inf;
    private final Society soc;
    private final Displaced dis;
    private final Economy eco;
    private final double alertReach;
    private final int[] offset;
    private final int[] scopes;
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer>[] scopeIndex;
    private final SeriesStore store;
    private final EventType sampleType;

    @SuppressWarnings("unchecked")
    IndicatorBoard(WorldCatalog catalog, Model m, SampleListener after) {
        this.catalog = catalog;
        this.m = m;
        this.after = after;
        h = m.health;
        tr = m.transport;
        inf = m.infra;
        soc = m.society;
        dis = m.displaced;
        eco = m.economy;
        alertReach = m.p("society.nlalert.reach");
        Map<String, Integer> gaugeCode = new HashMap<>();
        for (int i = 0; i < GAUGE_IDS.length; i++) {
            gaugeCode.put(GAUGE_IDS[i], i);
        }
        List<IndicatorDef> list = catalog.indicators();
        codes = new int[list.size()];
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
            Integer code = gaugeCode.get(d.id());
            if (code == null) {
                throw new IllegalStateException("indicator without a gauge: " + d.id());
            }
            codes[i] = code;
            byId.put(d.id(), i);
            offset[i] = total;
            scopes[i] = catalog.scopeIds(d.scope()).size();
            total += scopes[i];
        }
        store = new SeriesStore(total);
        mastsNow = new double[m.nVr];
        loadNow = new double[m.nVr];
        noWaterNow = new double[m.nVr];
        foodNow = new double[m.nVr];
        paymentsNow = new double[m.nVr];
        gasNow = new double[m.nVr];
        weights = new double[m.nVr];
        for (int v = 0; v < m.nVr; v++) {
            weights[v] = (double) m.vrPopulation[v] / m.population;
        }
        winter = m.p("infra.winter") > 0;
        sampleType = new EventType("world/sample", (k, p) -> sample());
    }

    void start() {
        m.sim.schedule(m.sim.now(), Priority.SAMPLE, sampleType, 0);
    }

    /** Per-region values several gauges share, computed once per sample or read. */
    private final double[] mastsNow;
    private final double[] loadNow;

    private final double[] noWaterNow;
    private final double[] foodNow;
    private final double[] paymentsNow;
    private final double[] gasNow;
    private final double[] weights;
    private final boolean winter;
    private double noWaterTotal;
    private double vulnerableNow;
    private int backupUsers;
    private int jammedNow;
    private int wmgmtUpCount;
    private int crisisOkCount;

    /** One pass over the safety regions computing what several gauges share. */
    private void refresh() {
        noWaterTotal = 0;
        vulnerableNow = 0;
        backupUsers = 0;
        jammedNow = 0;
        wmgmtUpCount = 0;
        crisisOkCount = 0;
        for (int v = 0; v < m.nVr; v++) {
            double masts = inf.masts(v);
            double load = inf.loadServed(v);
            boolean water = inf.waterUp(v);
            mastsNow[v] = masts;
            loadNow[v] = load;
            noWaterNow[v] = water || soc.emergencyWater[v] ? 0 : m.vrPopulation[v];
            noWaterTotal += noWaterNow[v];
            foodNow[v] = inf.foodUp(v) ? 1 : 0;
            paymentsNow[v] = inf.up(v, Infrastructure.PAYMENTS) && masts >= 0.5 && !inf.paymentsCoreDown() ? 1 : 0;
            gasNow[v] = inf.up(v, Infrastructure.GAS) ? 1 : 0;
            if (inf.gridDown[v]) {
                backupUsers += (inf.onBackup(v, Infrastructure.HOSPITAL) ? 1 : 0)
                    + (inf.onBackup(v, Infrastructure.WATER) ? 1 : 0) + (inf.onBackup(v, Infrastructure.WATERMGMT) ? 1 : 0);
            }
            jammedNow += inf.jammed(v) ? 1 : 0;
            wmgmtUpCount += inf.up(v, Infrastructure.WATERMGMT) ? 1 : 0;
            boolean power = load > 0.5 || inf.up(v, Infrastructure.HOSPITAL);
            crisisOkCount += power && (masts > 0.5 || inf.ncvUp()) ? 1 : 0;
            if ((load < 0.999 || !water) && !soc.vulnerablePrioritised[v]) {
                vulnerableNow += m.vrPopulation[v] * 0.007;
            }
        }
    }

    /** Population-weighted mean of a per-safety-region array. */
    private double weighted(double[] perVr) {
        double s = 0;
        for (int v = 0; v < perVr.length; v++) {
            s += weights[v] * perVr[v];
        }
        return s;
    }

    private void sample() {
        long now = m.sim.now();
        refresh();
        m.sim.scheduleIn(Model.HOUR, Priority.SAMPLE, sampleType, 0);
        double[] row = store.begin(now);
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i];
            int base = offset[i];
            for (int s = 0; s < scopes[i]; s++) {
                row[base + s] = gauge(code, s);
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
        return gauge(codes[l[0]], l[1]);
    }

    IndicatorSeries series(String id, String scope) {
        int[] l = locate(id, scope);
        return new IndicatorSeries(store, offset[l[0]] + l[1]);
    }

    // ------------------------------------------------------------------ definitions

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

    /** Gauge ids in switch order; codes are positions in this array. */
    private static final String[] GAUGE_IDS = {
        "health.icuOccupancy",
        "health.icuOccupancyNational",
        "health.icuFreeBeds",
        "health.icuFreeBedsNational",
        "health.icuCapacityNational",
        "health.wardFreeBeds",
        "health.burnFreeBeds",
        "health.waiting",
        "health.waitingOver24h",
        "health.waitingOver24hNational",
        "health.preventableDeaths",
        "health.preventableDeathsRegion",
        "health.casualtiesArrived",
        "health.inTransport",
        "health.movedAbroad",
        "health.ambulancesFree",
        "infra.vigilance",
        "health.plannedCareCancelled",
        "health.medicineStockDays",
        "health.militaryPatientsAdmitted",
        "transport.throughputVsPlan",
        "transport.itemsMovedPerDay",
        "transport.itemsMoved",
        "transport.civilDelay",
        "transport.civilDelayNational",
        "transport.corridorOpen",
        "transport.corridorsOpenShare",
        "transport.militaryTrainsWaiting",
        "transport.portItemsWaiting",
        "transport.portOpen",
        "transport.airportsOpen",
        "transport.cargoDiverted",
        "transport.shipsWaiting",
        "transport.shipWaitingHours",
        "transport.flightsCancelledPerDay",
        "transport.civilFlightsOperated",
        "energy.loadServed",
        "energy.loadServedNational",
        "energy.peopleWithoutPower",
        "energy.priorityUsersOnBackup",
        "energy.repairQueue",
        "telecom.mastsUp",
        "telecom.mastsUpNational",
        "telecom.nlAlertReach",
        "telecom.nlAlertReachNational",
        "telecom.gnssJammedRegions",
        "water.peopleWithoutWater",
        "water.peopleWithoutWaterNational",
        "water.share3L",
        "food.distributionUp",
        "payments.up",
        "watermgmt.up",
        "heating.peopleWithoutHeating",
        "society.trust",
        "society.trustNational",
        "society.rumourBelief",
        "society.preparedness",
        "society.unrest",
        "society.unrestNational",
        "gov.crisisBodiesFunctioning",
        "gov.emergencyDeclared",
        "society.vulnerableAtRisk",
        "society.noodsteunpuntenOpen",
        "displaced.inReception",
        "displaced.inReceptionRegion",
        "displaced.receptionCapacity",
        "displaced.receptionOccupancy",
        "displaced.awaitingRegistration",
        "displaced.unsheltered",
        "displaced.routeConflicts",
        "economy.fuelStockDays",
        "economy.careStaffShare",
        "economy.transportStaffShare",
        "economy.energyStaffShare",
        "defence.reservistsCalledUp",
        "defence.soldiersAvailable",
        "defence.objectsGuarded"};

    /** The value of gauge {@code code} in scope {@code x} (one switch: no megamorphic calls while sampling). */
    private double gauge(int code, int x) {
        switch (code) {
            case 0: { // health.icuOccupancy
                int r = x;
                return h.occupancy(r, Health.ICU);
            }
            case 1: { // health.icuOccupancyNational
                int s = x;
                double occ = 0;
                double cap = 0;
                for (int r = 0; r < h.n; r++) {
                    occ += h.background(r, Health.ICU) + h.inBed[r][Health.ICU];
                    cap += h.staffed(r, Health.ICU);
                }
                return cap <= 0 ? 100 : 100 * occ / cap;
            }
            case 2: { // health.icuFreeBeds
                int r = x;
                return h.free(r, Health.ICU);
            }
            case 3: { // health.icuFreeBedsNational
                int s = x;
                return h.nationalIcuFree();
            }
            case 4: { // health.icuCapacityNational
                int s = x;
                return sumRoaz(r -> h.staffed(r, Health.ICU));
            }
            case 5: { // health.wardFreeBeds
                int r = x;
                return h.free(r, Health.WARD);
            }
            case 6: { // health.burnFreeBeds
                int s = x;
                return sumRoaz(r -> h.free(r, Health.BURN));
            }
            case 7: { // health.waiting
                int r = x;
                return h.waiting(r);
            }
            case 8: { // health.waitingOver24h
                int r = x;
                return h.waitingOver(r, 24 * Model.HOUR);
            }
            case 9: { // health.waitingOver24hNational
                int s = x;
                return sumRoaz(r -> h.waitingOver(r, 24 * Model.HOUR));
            }
            case 10: { // health.preventableDeaths
                int s = x;
                return h.died;
            }
            case 11: { // health.preventableDeathsRegion
                int r = x;
                return h.diedRegion[r];
            }
            case 12: { // health.casualtiesArrived
                int s = x;
                return h.arrived;
            }
            case 13: { // health.inTransport
                int s = x;
                return h.inTransport;
            }
            case 14: { // health.movedAbroad
                int s = x;
                return h.movedAbroad;
            }
            case 15: { // health.ambulancesFree
                int s = x;
                return h.freeAmbulances();
            }
            case 16: { // infra.vigilance
                int s = x;
                int[] groups = {0, 3, 4, 7, Infrastructure.SECTOR_NAMES.size()};
                int c = tr.vigilantRail ? 1 : 0;
                for (int k : groups) {
                    c += inf.vigilant[k] ? 1 : 0;
                }
                return 100.0 * c / 6;
            }
            case 17: { // health.plannedCareCancelled
                int s = x;
                return h.plannedCareBedDays;
            }
            case 18: { // health.medicineStockDays
                int s = x;
                return h.medicineDays;
            }
            case 19: { // health.militaryPatientsAdmitted
                int s = x;
                return h.militaryAdmitted;
            }
            case 20: { // transport.throughputVsPlan
                int s = x;
                double planned = tr.planned();
                return planned <= 0 ? 100 : 100 * StrictMath.min(1.5, tr.itemsMoved / planned);
            }
            case 21: { // transport.itemsMovedPerDay
                int s = x;
                return tr.movedLast24h();
            }
            case 22: { // transport.itemsMoved
                int s = x;
                return tr.itemsMoved;
            }
            case 23: { // transport.civilDelay
                int c = x;
                return tr.civilDelay24h(c);
            }
            case 24: { // transport.civilDelayNational
                int s = x;
                double d = 0;
                for (int c = 0; c < tr.nc; c++) {
                    d += tr.civilDelay24h(c);
                }
                return d;
            }
            case 25: { // transport.corridorOpen
                int c = x;
                return tr.open(c) ? 1 : 0;
            }
            case 26: { // transport.corridorsOpenShare
                int s = x;
                int open = 0;
                for (int c = 0; c < tr.nc; c++) {
                    open += tr.open(c) ? 1 : 0;
                }
                return 100.0 * open / tr.nc;
            }
            case 27: { // transport.militaryTrainsWaiting
                int c = x;
                return tr.waiting(c);
            }
            case 28: { // transport.portItemsWaiting
                int p = x;
                return tr.itemsWaiting(p);
            }
            case 29: { // transport.portOpen
                int p = x;
                return tr.fairwayOpen(p) ? 1 : 0;
            }
            case 30: { // transport.airportsOpen
                int s = x;
                int open = 0;
                for (int a = 0; a < tr.na; a++) {
                    open += tr.airportOpen(a) ? 1 : 0;
                }
                return 100.0 * open / tr.na;
            }
            case 31: { // transport.cargoDiverted
                int s = x;
                double calls = 0;
                double diverted = 0;
                for (int p = 0; p < tr.np; p++) {
                    calls += CivilTraffic.sum(tr.civil.callsRing[p]);
                    diverted += CivilTraffic.sum(tr.civil.divertedRing[p]);
                }
                return calls <= 0 ? 0 : 100 * diverted / calls;
            }
            case 32: { // transport.shipsWaiting
                int p = x;
                return tr.civil.waiting[p];
            }
            case 33: { // transport.shipWaitingHours
                int p = x;
                return CivilTraffic.sum(tr.civil.waitHoursRing[p]);
            }
            case 34: { // transport.flightsCancelledPerDay
                int s = x;
                return CivilTraffic.sum(tr.civil.cancelledRing);
            }
            case 35: { // transport.civilFlightsOperated
                int s = x;
                double ok = CivilTraffic.sum(tr.civil.flightsRing);
                double all = ok + CivilTraffic.sum(tr.civil.cancelledRing);
                return all <= 0 ? 100 : 100 * ok / all;
            }
            case 36: { // energy.loadServed
                int v = x;
                return 100 * loadNow[v];
            }
            case 37: { // energy.loadServedNational
                return 100 * weighted(loadNow);
            }
            case 38: { // energy.peopleWithoutPower
                return (1 - weighted(loadNow)) * m.population;
            }
            case 39: { // energy.priorityUsersOnBackup
                return backupUsers;
            }
            case 40: { // energy.repairQueue
                int s = x;
                return inf.repairQueueSize();
            }
            case 41: { // telecom.mastsUp
                int v = x;
                return 100 * mastsNow[v];
            }
            case 42: { // telecom.mastsUpNational
                return 100 * weighted(mastsNow);
            }
            case 43: { // telecom.nlAlertReach
                int v = x;
                return 100 * alertReach * mastsNow[v];
            }
            case 44: { // telecom.nlAlertReachNational
                return 100 * alertReach * weighted(mastsNow);
            }
            case 45: { // telecom.gnssJammedRegions
                return jammedNow;
            }
            case 46: { // water.peopleWithoutWater
                int v = x;
                return noWaterNow[v];
            }
            case 47: { // water.peopleWithoutWaterNational
                return noWaterTotal;
            }
            case 48: { // water.share3L
                return 100 * (m.population - noWaterTotal * (1 - 0.32)) / m.population;
            }
            case 49: { // food.distributionUp
                return 100 * weighted(foodNow);
            }
            case 50: { // payments.up
                return 100 * weighted(paymentsNow);
            }
            case 51: { // watermgmt.up
                return 100.0 * wmgmtUpCount / m.nVr;
            }
            case 52: { // heating.peopleWithoutHeating
                return winter ? (1 - weighted(gasNow)) * m.population : 0;
            }
            case 53: { // society.trust
                int v = x;
                return soc.trust[v];
            }
            case 54: { // society.trustNational
                return weighted(soc.trust);
            }
            case 55: { // society.rumourBelief
                return 100 * weighted(soc.beliefMax);
            }
            case 56: { // society.preparedness
                int s = x;
                return 100 * soc.preparedness();
            }
            case 57: { // society.unrest
                int v = x;
                return soc.unrest[v];
            }
            case 58: { // society.unrestNational
                return weighted(soc.unrest);
            }
            case 59: { // gov.crisisBodiesFunctioning
                return 100.0 * crisisOkCount / m.nVr;
            }
            case 60: { // gov.emergencyDeclared
                int s = x;
                return eco.emergency ? 1 : 0;
            }
            case 61: { // society.vulnerableAtRisk
                return vulnerableNow;
            }
            case 62: { // society.noodsteunpuntenOpen
                int s = x;
                int c = 0;
                for (int v = 0; v < m.nVr; v++) {
                    c += soc.noodsteunpunten[v];
                }
                return c;
            }
            case 63: { // displaced.inReception
                int s = x;
                return dis.totalInReception();
            }
            case 64: { // displaced.inReceptionRegion
                int v = x;
                return dis.inReception[v];
            }
            case 65: { // displaced.receptionCapacity
                int s = x;
                return dis.totalCapacity();
            }
            case 66: { // displaced.receptionOccupancy
                int s = x;
                double cap = dis.totalCapacity();
                return cap <= 0 ? 100 : 100 * dis.totalInReception() / cap;
            }
            case 67: { // displaced.awaitingRegistration
                int s = x;
                return dis.totalAwaiting();
            }
            case 68: { // displaced.unsheltered
                int s = x;
                return dis.unsheltered;
            }
            case 69: { // displaced.routeConflicts
                int s = x;
                return dis.routeConflicts;
            }
            case 70: { // economy.fuelStockDays
                int s = x;
                return eco.fuelDays;
            }
            case 71: { // economy.careStaffShare
                int s = x;
                return 100 * eco.staffShare(Economy.CARE) * (1 - avgExhaustion());
            }
            case 72: { // economy.transportStaffShare
                int s = x;
                return 100 * eco.staffShare(Economy.TRANSPORT);
            }
            case 73: { // economy.energyStaffShare
                int s = x;
                return 100 * eco.staffShare(Economy.ENERGY);
            }
            case 74: { // defence.reservistsCalledUp
                int s = x;
                double c = eco.reservistsCalled;
                for (int k = 0; k < 3; k++) {
                    if (eco.exempt[k]) {
                        c -= StrictMath.floor(eco.reservistsCalled * eco.reservistShare[k]);
                    }
                }
                return c;
            }
            case 75: { // defence.soldiersAvailable
                int s = x;
                return eco.soldiersAvailable();
            }
            case 76: { // defence.objectsGuarded
                int s = x;
                int c = tr.guardedSites.size();
                for (int v = 0; v < m.nVr; v++) {
                    for (int k = 0; k < Infrastructure.NSEC; k++) {
                        if (inf.guarded[v][k] && k != Infrastructure.MAST_B && k != Infrastructure.MAST_C) {
                            c++;
                        }
                    }
                }
                return c;
            }
            default:
                throw new IllegalStateException("no gauge " + code);
        }
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
