package nl.paraat.world;

import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;

/**
 * Displaced people (BLR 3): an inflow arrives every two hours in turn at the eastern border regions, waits for
 * registration (capacity per region per day), then takes a reception place in the region, else in the region with
 * most room, else stays unsheltered. Movements through regions with military corridors meet convoys unless a traffic
 * plan is in place; sites opened on a military route add such conflicts.
 */
final class Displaced {
    private static final long INTERVAL = 2 * Model.HOUR;
    private static final String[] ENTRY = {"vr-twente", "vr-limburg-noord", "vr-gelderland-midden", "vr-groningen"};

    private final Model m;
    final int nv;
    final double[] awaiting;
    final double[] inReception;
    final double[] capacity;
    final double[] siteOnRoute;
    final boolean[] trafficPlan;
    final double[] registrationFactor;
    final boolean[] militaryRegion;
    final boolean[] liaison;
    double unsheltered;
    long routeConflicts;
    double inflowPerDay;
    long inflowEnd;
    private int entryTurn;
    private final int[] entry = new int[ENTRY.length];
    private final RandomStream conflictStream;
    private final EventType arrivalType;
    private final EventType siteType;
    private boolean arrivalsRunning;
    private final double registrationPerHour;
    private final double routeConflictShare;

    Displaced(Model m) {
        this.m = m;
        nv = m.nVr;
        awaiting = new double[nv];
        inReception = new double[nv];
        capacity = new double[nv];
        siteOnRoute = new double[nv];
        trafficPlan = new boolean[nv];
        registrationFactor = new double[nv];
        militaryRegion = new boolean[nv];
        liaison = new boolean[nv];
        double free = m.p("displaced.receptionFree");
        for (int v = 0; v < nv; v++) {
            capacity[v] = StrictMath.floor(free * m.vrPopulation[v] / m.population);
            registrationFactor[v] = 1;
        }
        for (Geography.Corridor c : m.geo.corridors()) {
            for (String r : c.safetyRegions()) {
                militaryRegion[m.vr(r)] = true;
            }
        }
        for (int i = 0; i < ENTRY.length; i++) {
            entry[i] = m.vr(ENTRY[i]);
        }
        conflictStream = m.streams.stream("displaced/conflicts");
        registrationPerHour = m.p("displaced.registrationPerRegionPerDay") / 24.0;
        routeConflictShare = m.p("displaced.routeConflictShare");
        arrivalType = new EventType("displaced/arrival", (k, p) -> onArrival());
        siteType = new EventType("displaced/site-open", (k, p) -> onSiteOpen((Site) p));
    }

    record Site(int region, double places, boolean onRoute) {
    }

    void setInflow(double perDay, double days) {
        inflowPerDay = perDay;
        inflowEnd = m.sim.now() + (long) (days * Model.DAY);
        if (!arrivalsRunning && perDay > 0) {
            arrivalsRunning = true;
            m.sim.scheduleIn(0, Priority.REQUEST, arrivalType, 0);
        }
    }

    boolean inflowActive() {
        return m.sim.now() < inflowEnd && inflowPerDay > 0;
    }

    private void onArrival() {
        if (!inflowActive()) {
            arrivalsRunning = false;
            return;
        }
        int v = entry[entryTurn++ % entry.length];
        awaiting[v] += inflowPerDay * INTERVAL / Model.DAY;
        m.sim.scheduleIn(INTERVAL, Priority.REQUEST, arrivalType, 0);
    }

    void openSite(long delay, int v, double places, boolean onRoute) {
        m.sim.scheduleIn(delay, Priority.RELEASE, siteType, v, new Site(v, places, onRoute));
    }

    private void onSiteOpen(Site s) {
        capacity[s.region()] += s.places();
        if (s.onRoute() && militaryRegion[s.region()]) {
            siteOnRoute[s.region()] += s.places();
        }
        place();
    }

    double totalInReception() {
        double s = 0;
        for (double x : inReception) {
            s += x;
        }
        return s;
    }

    double totalCapacity() {
        double s = 0;
        for (double x : capacity) {
            s += x;
        }
        return s;
    }

    double totalAwaiting() {
        double s = 0;
        for (double x : awaiting) {
            s += x;
        }
        return s;
    }

    void hour() {
        if (totalAwaiting() <= 0 && unsheltered <= 0 && siteOnRouteTotal() <= 0) {
            return;
        }
        double perHour = registrationPerHour;
        double conflictShare = routeConflictShare;
        double expectedConflicts = 0;
        for (int v = 0; v < nv; v++) {
            double reg = StrictMath.min(awaiting[v], perHour * registrationFactor[v]);
            awaiting[v] -= reg;
            double local = StrictMath.min(reg, capacity[v] - inReception[v]);
            inReception[v] += local;
            double moving = reg - local;
            unsheltered += moving;
            if (militaryRegion[v] && !trafficPlan[v] && m.transport.deploymentActive()) {
                expectedConflicts += moving * conflictShare / 50 * (liaison[v] ? 0.5 : 1);
            }
            if (siteOnRoute[v] > 0 && !trafficPlan[v] && m.transport.deploymentActive()) {
                expectedConflicts += siteOnRoute[v] / 1000 * 0.05;
            }
        }
        place();
        if (expectedConflicts > 0) {
            routeConflicts += RandomStream.poissonByInversion(expectedConflicts, conflictStream.nextDouble());
        }
    }

    private double siteOnRouteTotal() {
        double s = 0;
        for (double x : siteOnRoute) {
            s += x;
        }
        return s;
    }

    /** Places unsheltered people in the regions with most room (catalogue order on ties). */
    private void place() {
        while (unsheltered > 0.5) {
            int best = -1;
            double room = 0.5;
            for (int v = 0; v < nv; v++) {
                double r = capacity[v] - inReception[v];
                if (r > room) {
                    room = r;
                    best = v;
                }
            }
            if (best < 0) {
                return;
            }
            double put = StrictMath.min(room, unsheltered);
            inReception[best] += put;
            unsheltered -= put;
        }
    }
}
