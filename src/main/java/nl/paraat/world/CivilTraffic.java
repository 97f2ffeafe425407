package nl.paraat.world;

import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;

/**
 * Civil traffic that military and hybrid events disrupt (BLR 7, P4): commercial ship calls per port (sea-going and
 * inland, a Poisson stream each) that need a civil berth and an open fairway, and flight movements per airport that
 * are cancelled while it is closed. One event per ship arrival and departure and per flight movement; counts per hour
 * in 24-hour rings for the indicators.
 */
final class CivilTraffic {
    private final Model m;
    private final Transport tr;
    final int np;
    final int na;
    final double[] callsPerDay;
    final double[] seaShare;
    final int[] berthsBusy;
    final int[] waiting;
    final double[][] callsRing;
    final double[][] divertedRing;
    final double[][] waitHoursRing;
    final double[] flightsPerDay;
    final double[] flightsRing = new double[24];
    final double[] cancelledRing = new double[24];
    private final RandomStream[] shipStreams;
    private final RandomStream[] flightStreams;
    private final long seaDwell;
    private final long inlandDwell;
    private final double gnssSlowdown;
    private final int[] vrOfPort;
    private final int[] vrOfAirport;
    private final EventType shipArrivalType;
    private final EventType shipDepartureType;
    private final EventType flightType;
    private int slot;

    CivilTraffic(Model m, Transport tr) {
        this.m = m;
        this.tr = tr;
        np = tr.np;
        na = tr.na;
        callsPerDay = new double[np];
        seaShare = new double[np];
        berthsBusy = new int[np];
        waiting = new int[np];
        callsRing = new double[np][24];
        divertedRing = new double[np][24];
        waitHoursRing = new double[np][24];
        shipStreams = new RandomStream[np];
        vrOfPort = new int[np];
        for (int p = 0; p < np; p++) {
            Geography.Port g = m.geo.ports().get(p);
            double sea = m.settings.field(g.id(), "seaCallsPerDay", g.seaCallsPerDay());
            double inland = m.settings.field(g.id(), "inlandCallsPerDay", g.inlandCallsPerDay());
            callsPerDay[p] = sea + inland;
            seaShare[p] = callsPerDay[p] <= 0 ? 0 : sea / callsPerDay[p];
            shipStreams[p] = m.streams.stream("transport/ship-calls/" + g.id());
            vrOfPort[p] = m.vr(g.safetyRegion());
        }
        flightsPerDay = new double[na];
        flightStreams = new RandomStream[na];
        vrOfAirport = new int[na];
        for (int a = 0; a < na; a++) {
            Geography.Airport g = m.geo.airports().get(a);
            flightsPerDay[a] = m.settings.field(g.id(), "movementsPerDay", g.movementsPerDay());
            flightStreams[a] = m.streams.stream("transport/flights/" + g.id());
            vrOfAirport[a] = m.vr(g.safetyRegion());
        }
        seaDwell = (long) (m.p("transport.ship.seaDwellHours") * Model.HOUR);
        inlandDwell = (long) (m.p("transport.ship.inlandDwellHours") * Model.HOUR);
        gnssSlowdown = m.p("transport.gnss.shipSlowdown");
        shipArrivalType = new EventType("traffic/ship-call", (k, p) -> onShipCall((int) k));
        shipDepartureType = new EventType("traffic/ship-departure", (k, p) -> onShipDeparture((int) k));
        flightType = new EventType("traffic/flight", (k, p) -> onFlight((int) k));
    }

    void start() {
        for (int p = 0; p < np; p++) {
            nextShip(p);
        }
        for (int a = 0; a < na; a++) {
            nextFlight(a);
        }
    }

    private void nextShip(int p) {
        if (callsPerDay[p] > 0) {
            long gap = 1 + (long) shipStreams[p].exponential(Model.DAY / callsPerDay[p]);
            m.sim.scheduleIn(gap, Priority.REQUEST, shipArrivalType, p);
        }
    }

    private void nextFlight(int a) {
        if (flightsPerDay[a] > 0) {
            long gap = 1 + (long) flightStreams[a].exponential(Model.DAY / flightsPerDay[a]);
            m.sim.scheduleIn(gap, Priority.REQUEST, flightType, a);
        }
    }

    private void onShipCall(int p) {
        nextShip(p);
        RandomStream s = shipStreams[p];
        callsRing[p][slot]++;
        if (tr.diverted[p] > 0 && s.nextDouble() < tr.diverted[p]) {
            divertedRing[p][slot]++;
            return;
        }
        boolean held = m.infra.jammed(vrOfPort[p]) && s.nextDouble() < gnssSlowdown;
        if (!held && tr.fairwayOpen(p) && berthsBusy[p] < tr.civilBerths[p]) {
            berth(p, s.nextDouble() < seaShare[p]);
        } else {
            waiting[p]++;
        }
    }

    private void berth(int p, boolean sea) {
        berthsBusy[p]++;
        m.sim.scheduleIn(sea ? seaDwell : inlandDwell, Priority.RELEASE, shipDepartureType, p);
    }

    private void onShipDeparture(int p) {
        berthsBusy[p]--;
        serveWaiting(p);
    }

    private void serveWaiting(int p) {
        while (waiting[p] > 0 && tr.fairwayOpen(p) && berthsBusy[p] < tr.civilBerths[p]) {
            waiting[p]--;
            berth(p, shipStreams[p].nextDouble() < seaShare[p]);
        }
    }

    private void onFlight(int a) {
        nextFlight(a);
        boolean jammedDiversion = m.infra.jammed(vrOfAirport[a]) && flightStreams[a].nextDouble() < 0.1;
        if (tr.airportOpen(a) && !jammedDiversion) {
            flightsRing[slot]++;
        } else {
            cancelledRing[slot]++;
        }
    }

    /** Hourly: open the next ring slot, count waiting hours, let held ships in. */
    void hour() {
        slot = (int) ((m.sim.now() / Model.HOUR) % 24);
        flightsRing[slot] = 0;
        cancelledRing[slot] = 0;
        for (int p = 0; p < np; p++) {
            callsRing[p][slot] = 0;
            divertedRing[p][slot] = 0;
            waitHoursRing[p][slot] = waiting[p];
            serveWaiting(p);
        }
    }

    static double sum(double[] ring) {
        double s = 0;
        for (double d : ring) {
            s += d;
        }
        return s;
    }
}
