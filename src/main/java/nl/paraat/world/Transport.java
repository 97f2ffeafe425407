package nl.paraat.world;

import java.util.List;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;
import nl.paraat.engine.Simulator;

/**
 * Transport and host-nation support (BLR 7). Ro-ro ships wait for a military berth and unload in 4-hour shifts;
 * items leave the staging area by military train (one event per train at the border) or road convoy (one event per
 * leg between rest areas). Rail paths per corridor per hour are shared by civil and military trains under a
 * priority rule: normally civil first with a reserve for military trains, with priority military first and each
 * civil train that loses its path adds delay. Sabotage, bridges and protests close links; closed corridors hold
 * their queue until it is rerouted to an alternative. Airports close for drones; fairways for mines.
 */
final class Transport {
    private static final long SHIFT = 4 * Model.HOUR;

    private final Model m;
    private final Simulator sim;
    final int nc;
    final int np;
    final int na;
    final boolean[] rail;
    final double[] lengthKm;
    final double[] capacityPerDay;
    final double[] civilPerDay;
    final long[] closedUntil;
    final long[] prioritisedUntil;
    final boolean[] escorted;
    final boolean[] protestClosure;
    final int[] redirect;
    final int[] queueTrains;
    final long[] queueItems;
    final double[] pathCredit;
    final double[] civilCredit;
    final double[][] delayRing;
    final int[] portRailCorridor;
    final int[] portRoadCorridor;
    final int[] portVr;
    // ports
    final int[] berths;
    final int[] civilBerths;
    final long[] fairwayClosedUntil;
    final boolean[] mineThreat;
    final long[] cyberUntil;
    final double[] diverted;
    final boolean[] berthReserved;
    final long[][] shipItems;
    final int[] shipCount;
    final double[] railStaged;
    final double[] roadStaged;
    final boolean[] shiftRunning;
    // airports
    final long[] airportClosedUntil;
    final long[] droneUntil;
    // plan and throughput
    double itemsMoved;
    boolean vigilantRail;
    final java.util.TreeSet<String> guardedSites = new java.util.TreeSet<>();
    private final double[] movedRing = new double[24];
    private final double[] planItems = new double[16];
    private final long[] planStart = new long[16];
    private final long[] planEnd = new long[16];
    private int plans;
    private long lastPlanEnd;
    final double itemsPerTrain;
    final double itemsPerConvoy;
    private final RandomStream shipStream;
    private final EventType shipArrivalType;
    private final EventType shiftType;
    private final EventType trainBorderType;
    private final EventType convoyLegType;
    final CivilTraffic civil;
    private final double railSpeed;
    private final double roadSpeed;
    private final double restEvery;
    private final double restHours;
    private final double berthRate;
    private final double convoyShare;
    private final double reserveShare;
    private final double delayPer;

    Transport(Model m) {
        this.m = m;
        this.sim = m.sim;
        List<Geography.Corridor> cs = m.geo.corridors();
        nc = cs.size();
        rail = new boolean[nc];
        lengthKm = new double[nc];
        capacityPerDay = new double[nc];
        civilPerDay = new double[nc];
        closedUntil = new long[nc];
        prioritisedUntil = new long[nc];
        escorted = new boolean[nc];
        protestClosure = new boolean[nc];
        redirect = new int[nc];
        queueTrains = new int[nc];
        queueItems = new long[nc];
        pathCredit = new double[nc];
        civilCredit = new double[nc];
        delayRing = new double[nc][24];
        for (int c = 0; c < nc; c++) {
            Geography.Corridor g = cs.get(c);
            rail[c] = g.rail();
            lengthKm[c] = m.settings.field(g.id(), "lengthKm", g.lengthKm());
            capacityPerDay[c] = m.settings.field(g.id(), "capacityPerDay", g.capacityPerDay());
            civilPerDay[c] = m.settings.field(g.id(), "civilPerDay", g.civilPerDay());
            redirect[c] = c;
        }
        List<Geography.Port> ps = m.geo.ports();
        np = ps.size();
        berths = new int[np];
        civilBerths = new int[np];
        fairwayClosedUntil = new long[np];
        mineThreat = new boolean[np];
        cyberUntil = new long[np];
        diverted = new double[np];
        berthReserved = new boolean[np];
        shipItems = new long[np][64];
        shipCount = new int[np];
        railStaged = new double[np];
        roadStaged = new double[np];
        shiftRunning = new boolean[np];
        portRailCorridor = new int[np];
        portRoadCorridor = new int[np];
        portVr = new int[np];
        for (int p = 0; p < np; p++) {
            Geography.Port g = ps.get(p);
            berths[p] = (int) m.settings.field(g.id(), "militaryBerths", g.militaryBerths());
            civilBerths[p] = (int) m.settings.field(g.id(), "civilBerths", g.civilBerths());
            portRailCorridor[p] = -1;
            portVr[p] = m.vr(g.safetyRegion());
            portRoadCorridor[p] = -1;
            for (int c = 0; c < nc; c++) {
                if (cs.get(c).servesPorts().contains(g.id())) {
                    if (rail[c] && portRailCorridor[p] < 0) {
                        portRailCorridor[p] = c;
                    } else if (!rail[c] && portRoadCorridor[p] < 0) {
                        portRoadCorridor[p] = c;
                    }
                }
            }
        }
        na = m.geo.airports().size();
        airportClosedUntil = new long[na];
        droneUntil = new long[na];
        itemsPerTrain = m.p("transport.rail.itemsPerTrain");
        itemsPerConvoy = m.p("transport.road.itemsPerConvoy");
        shipStream = m.streams.stream("transport/ships");
        shipArrivalType = new EventType("transport/ship-arrival", (k, p) -> onShipArrival((int) k, (Long) p));
        shiftType = new EventType("transport/unload-shift", (k, p) -> onShift((int) k));
        trainBorderType = new EventType("transport/train-at-border", (k, p) -> atBorder((Double) p));
        convoyLegType = new EventType("transport/convoy-leg", (k, p) -> onConvoyLeg((Convoy) p));
        railSpeed = m.p("transport.rail.speedKmh");
        roadSpeed = m.p("transport.road.speedKmh");
        restEvery = m.p("transport.road.restEveryHours");
        restHours = m.p("transport.road.restHours");
        berthRate = m.p("transport.port.itemsPerBerthPerDay");
        convoyShare = m.p("transport.road.convoyShare");
        reserveShare = m.p("transport.rail.militaryReserveShare");
        delayPer = m.p("transport.rail.civilDelayPerDisplacedTrainMin");
        civil = new CivilTraffic(m, this);
    }

    record Convoy(int corridor, double items, double hoursLeft) {
    }

    void start() {
        civil.start();
        double daily = m.p("transport.plan.dailyItems");
        if (daily > 0) {
            addPlan(daily * 30, 30, -1);
        }
    }

    // ------------------------------------------------------------------ state

    boolean open(int c) {
        return sim.now() >= closedUntil[c];
    }

    boolean fairwayOpen(int p) {
        return sim.now() >= fairwayClosedUntil[p] && !mineThreat[p];
    }

    boolean airportOpen(int a) {
        return sim.now() >= airportClosedUntil[a];
    }

    boolean droneActive(int a) {
        return sim.now() < droneUntil[a];
    }

    boolean deploymentActive() {
        return sim.now() < lastPlanEnd;
    }

    double planned() {
        long now = sim.now();
        double s = 0;
        for (int i = 0; i < plans; i++) {
            double f = planEnd[i] <= planStart[i] ? 1
                : StrictMath.min(1, StrictMath.max(0, (double) (now - planStart[i]) / (planEnd[i] - planStart[i])));
            s += planItems[i] * f;
        }
        return s;
    }

    double movedLast24h() {
        double s = 0;
        for (double d : movedRing) {
            s += d;
        }
        return s;
    }

    double civilDelay24h(int c) {
        double s = 0;
        for (double d : delayRing[c]) {
            s += d;
        }
        return s;
    }

    long itemsWaiting(int p) {
        long s = 0;
        for (int i = 0; i < shipCount[p]; i++) {
            s += shipItems[p][i];
        }
        return s + (long) (railStaged[p] + roadStaged[p]);
    }

    int target(int c) {
        int t = redirect[c];
        return t;
    }

    // ------------------------------------------------------------------ plan and ships

    /** A deployment: items to the border within days; ships into the port (or the three HNS ports in turn). */
    void addPlan(double items, double days, int port) {
        if (plans == planItems.length) {
            return;
        }
        long now = sim.now();
        planItems[plans] = items;
        planStart[plans] = now;
        planEnd[plans] = now + (long) (days * Model.DAY);
        lastPlanEnd = StrictMath.max(lastPlanEnd, planEnd[plans]);
        plans++;
        double shipSize = m.p("transport.ship.items");
        int ships = (int) StrictMath.ceil(items / shipSize);
        double spread = days * 0.6 * Model.DAY;
        int[] hnsPorts = {m.port("port-rotterdam"), m.port("port-vlissingen"), m.port("port-eemshaven")};
        double left = items;
        for (int i = 0; i < ships; i++) {
            int p = port >= 0 ? port : hnsPorts[i % hnsPorts.length];
            long t = now + (long) (spread * i / StrictMath.max(1, ships) + shipStream.nextDouble() * 6 * Model.HOUR);
            long load = (long) StrictMath.min(shipSize, left);
            left -= load;
            sim.schedule(t, Priority.REQUEST, shipArrivalType, p, load);
        }
    }

    void shipArrives(int p, long items) {
        onShipArrival(p, items);
    }

    private void onShipArrival(int p, Long items) {
        if (shipCount[p] == shipItems[p].length) {
            shipItems[p] = java.util.Arrays.copyOf(shipItems[p], shipCount[p] * 2);
        }
        shipItems[p][shipCount[p]++] = items;
        if (!shiftRunning[p]) {
            shiftRunning[p] = true;
            sim.scheduleIn(0, Priority.REQUEST, shiftType, p);
        }
    }

    private void onShift(int p) {
        double rate = berthRate * SHIFT / Model.DAY;
        if (sim.now() < cyberUntil[p]) {
            rate *= 0.5;
        }
        if (m.infra.jammed(portVr[p])) {
            rate *= 0.7;
        }
        if (!fairwayOpen(p)) {
            rate = 0;
        }
        int atBerth = StrictMath.min(berths[p], shipCount[p]);
        double unloaded = 0;
        for (int i = 0; i < atBerth; i++) {
            long take = (long) StrictMath.min(shipItems[p][i], StrictMath.round(rate));
            shipItems[p][i] -= take;
            unloaded += take;
        }
        int k = 0;
        for (int i = 0; i < shipCount[p]; i++) {
            if (shipItems[p][i] > 0) {
                shipItems[p][k++] = shipItems[p][i];
            }
        }
        shipCount[p] = k;
        double road = portRoadCorridor[p] >= 0 ? unloaded * convoyShare : 0;
        roadStaged[p] += road;
        railStaged[p] += unloaded - road;
        formTrainsAndConvoys(p, shipCount[p] == 0);
        if (shipCount[p] > 0) {
            sim.scheduleIn(SHIFT, Priority.REQUEST, shiftType, p);
        } else {
            shiftRunning[p] = false;
        }
    }

    private void formTrainsAndConvoys(int p, boolean flush) {
        int rc = portRailCorridor[p];
        if (rc >= 0) {
            while (railStaged[p] >= itemsPerTrain || (flush && railStaged[p] > 0.5)) {
                double items = StrictMath.min(itemsPerTrain, railStaged[p]);
                railStaged[p] -= items;
                int c = target(rc);
                queueTrains[c]++;
                queueItems[c] += (long) items;
            }
        }
        int road = portRoadCorridor[p];
        if (road >= 0) {
            while (roadStaged[p] >= itemsPerConvoy || (flush && roadStaged[p] > 0.5)) {
                double items = StrictMath.min(itemsPerConvoy, roadStaged[p]);
                roadStaged[p] -= items;
                int c = target(road);
                queueTrains[c]++;
                queueItems[c] += (long) items;
            }
        }
    }

    // ------------------------------------------------------------------ hourly path allocation

    void hour() {
        civil.hour();
        int slot = (int) ((sim.now() / Model.HOUR) % 24);
        movedRing[slot] = 0;
        double staff = StrictMath.min(1, m.economy.staffShare(Economy.TRANSPORT));
        double reserveShare = this.reserveShare;
        double delayPer = this.delayPer;
        for (int c = 0; c < nc; c++) {
            delayRing[c][slot] = 0;
            boolean isOpen = open(c);
            double paths = isOpen ? capacityPerDay[c] / 24.0 * staff : 0;
            if (rail[c]) {
                civilCredit[c] += civilPerDay[c] / 24.0;
                int civilWanted = (int) civilCredit[c];
                civilCredit[c] -= civilWanted;
                pathCredit[c] += paths;
                int available = (int) pathCredit[c];
                int military;
                int civil;
                if (sim.now() < prioritisedUntil[c]) {
                    military = StrictMath.min(queueTrains[c], available);
                    civil = StrictMath.min(civilWanted, available - military);
                } else {
                    int reserve = (int) StrictMath.floor(paths * reserveShare + 1e-9);
                    civil = StrictMath.min(civilWanted, available - StrictMath.min(reserve, queueTrains[c]));
                    military = StrictMath.min(queueTrains[c], available - civil);
                }
                pathCredit[c] -= military + civil;
                if (!isOpen) {
                    pathCredit[c] = 0;
                }
                pathCredit[c] = StrictMath.min(pathCredit[c], 2);
                delayRing[c][slot] = (civilWanted - civil) * delayPer;
                depart(c, military);
            } else {
                pathCredit[c] += paths;
                int convoys = StrictMath.min(queueTrains[c], (int) pathCredit[c]);
                pathCredit[c] = StrictMath.min(pathCredit[c] - convoys, 2);
                depart(c, convoys);
            }
        }
    }

    private void depart(int c, int count) {
        if (count <= 0) {
            return;
        }
        double perUnit = (double) queueItems[c] / queueTrains[c];
        for (int i = 0; i < count; i++) {
            double items = i == count - 1 && count == queueTrains[c] ? queueItems[c] - perUnit * (count - 1) : perUnit;
            if (rail[c]) {
                long travel = (long) (lengthKm[c] / railSpeed * 3600);
                sim.scheduleIn(travel + i * 60L, Priority.REQUEST, trainBorderType, c, items);
            } else {
                double hours = lengthKm[c] / roadSpeed;
                convoyLeg(new Convoy(c, items, hours), i * 300L);
            }
        }
        queueItems[c] -= (long) StrictMath.round(perUnit * count);
        queueTrains[c] -= count;
        if (queueTrains[c] == 0) {
            queueItems[c] = 0;
        }
    }

    private void convoyLeg(Convoy cv, long offset) {
        double every = restEvery;
        double drive = StrictMath.min(every, cv.hoursLeft());
        double rest = cv.hoursLeft() > every ? restHours : 0;
        long t = offset + (long) ((drive + rest) * 3600);
        sim.scheduleIn(t, Priority.REQUEST, convoyLegType, cv.corridor(),
            new Convoy(cv.corridor(), cv.items(), cv.hoursLeft() - drive));
    }

    private void onConvoyLeg(Convoy cv) {
        if (cv.hoursLeft() <= 1e-9) {
            atBorder(cv.items());
        } else {
            convoyLeg(cv, 0);
        }
    }

    private void atBorder(double items) {
        itemsMoved += items;
        movedRing[(int) ((sim.now() / Model.HOUR) % 24)] += items;
    }

    // ------------------------------------------------------------------ closures and reroutes

    void close(int c, double hours) {
        closedUntil[c] = StrictMath.max(closedUntil[c], sim.now() + (long) (hours * 3600));
    }

    /** Moves the queue of corridor from to corridor to, and sends future traffic there. */
    void reroute(int from, int to) {
        redirect[from] = to;
        for (int c = 0; c < nc; c++) {
            if (redirect[c] == from) {
                redirect[c] = to;
            }
        }
        redirect[to] = to;
        queueTrains[to] += queueTrains[from];
        queueItems[to] += queueItems[from];
        queueTrains[from] = 0;
        queueItems[from] = 0;
    }

    /** Adds military trains (or convoys) directly to a corridor queue (tests, scenario set-ups). */
    void enqueue(int c, int units, double itemsEach) {
        int t = target(c);
        queueTrains[t] += units;
        queueItems[t] += (long) (units * itemsEach);
    }

    int waiting(int c) {
        return queueTrains[c];
    }
}
