package nl.paraat.world;

import java.util.ArrayList;
import java.util.List;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;
import nl.paraat.engine.Simulator;

/**
 * Infrastructure dependencies (BLR 2, 4, 6): per safety region a small dependency graph of sector nodes fed by the
 * regional grid. A node without grid power runs on backup (mast batteries hours, water on generators days, hospitals
 * on fuel) until an exact run-out event; sabotage damages a node until a repair crew (a limited national pool, served
 * in restoration-priority order) fixes it; a grid outage is restored in stages, sectors in the chosen restoration
 * order first. Events happen only on state changes. Payments depend on masts and the national payment core; masts
 * on the telecom core and, under GNSS jamming, on time sync after a hold-over.
 */
final class Infrastructure {
    static final int POWER = 0;
    static final int GAS = 1;
    static final int FUEL = 2;
    static final int MAST_A = 3;
    static final int MAST_B = 4;
    static final int MAST_C = 5;
    static final int WATER = 6;
    static final int FOOD = 7;
    static final int PAYMENTS = 8;
    static final int WATERMGMT = 9;
    static final int HOSPITAL = 10;
    static final int NSEC = 11;
    /** Catalogue sector names of regional nodes, mapped to internal sectors (masts = the three groups). */
    static final List<String> SECTOR_NAMES = List.of("power", "gas", "fuel", "masts", "water", "food", "payments",
        "watermgmt", "hospital");

    private final Model m;
    private final Simulator sim;
    final int nv;
    final boolean[] gridDown;
    final long[] outageUntil;
    final int[] stage;
    final boolean[] restoring;
    final boolean[][] damaged;
    final long[][] cyberUntil;
    final boolean[][] guarded;
    final boolean[][] gridFed;
    final long[][] backupUntil;
    private final long[][] backupHandle;
    final double[][] backupHours;
    final double[] mastShare = new double[3];
    final double[] mobileMasts;
    final long[] jammedUntil;
    final boolean[] timingLost;
    final boolean[] investigated;
    final boolean[] vigilant = new boolean[SECTOR_NAMES.size() + 1];
    final boolean[] otIsolated = new boolean[SECTOR_NAMES.size()];
    boolean cyberAdvice;
    final List<List<String>> regionOrder;
    List<String> nationalOrder = List.of();
    final int stages;
    final long stageSeconds;
    int crews;
    int crewsBusy;
    private final List<int[]> repairQueue = new ArrayList<>();
    private long repairSeq;
    double shortfall;
    long shortfallUntil;
    double shed;
    long shedUntil;
    final boolean[] nationalDown;
    private final int nRegionalNodes;
    private final int coreNode;
    private final int paymentsCoreNode;
    private final int ncvNode;

    private final RandomStream sabotageStream;
    private final RandomStream gridStream;
    private final EventType backupOutType;
    private final EventType restoreStartType;
    private final EventType stageType;
    private final EventType repairedType;
    private final EventType cyberEndType;
    private final EventType gnssHoldoverType;
    private final EventType gnssEndType;
    private final EventType nationalUpType;

    Infrastructure(Model m) {
        this.m = m;
        this.sim = m.sim;
        nv = m.nVr;
        gridDown = new boolean[nv];
        outageUntil = new long[nv];
        stage = new int[nv];
        restoring = new boolean[nv];
        damaged = new boolean[nv][NSEC];
        cyberUntil = new long[nv][NSEC];
        guarded = new boolean[nv][NSEC];
        gridFed = new boolean[nv][NSEC];
        backupUntil = new long[nv][NSEC];
        backupHandle = new long[nv][NSEC];
        backupHours = new double[nv][NSEC];
        mobileMasts = new double[nv];
        jammedUntil = new long[nv];
        timingLost = new boolean[nv];
        investigated = new boolean[nv];
        regionOrder = new ArrayList<>();
        mastShare[0] = m.p("infra.mast.shareA");
        mastShare[1] = StrictMath.min(1 - mastShare[0], m.p("infra.mast.shareB"));
        mastShare[2] = StrictMath.max(0, 1 - mastShare[0] - mastShare[1]);
        double[] defaults = new double[NSEC];
        defaults[POWER] = 0;
        defaults[GAS] = m.p("infra.gas.backupHours");
        defaults[FUEL] = m.p("infra.fuel.backupHours");
        defaults[MAST_A] = m.p("infra.mast.batteryHoursA");
        defaults[MAST_B] = m.p("infra.mast.batteryHoursB");
        defaults[MAST_C] = m.p("infra.mast.batteryHoursC");
        defaults[WATER] = m.p("infra.water.generatorDays") * 24;
        defaults[FOOD] = m.p("infra.food.backupHours");
        defaults[PAYMENTS] = m.p("infra.payments.backupHours");
        defaults[WATERMGMT] = m.p("infra.watermgmt.generatorHours");
        defaults[HOSPITAL] = m.p("infra.hospital.generatorHours");
        for (int v = 0; v < nv; v++) {
            regionOrder.add(null);
            String shortId = m.catalog.safetyRegions().get(v).substring(3);
            for (int s = 0; s < NSEC; s++) {
                gridFed[v][s] = true;
                backupHandle[v][s] = Simulator.NO_HANDLE;
                String nodeId = shortId + "-" + SECTOR_NAMES.get(catalogueSector(s));
                backupHours[v][s] = m.settings.field(nodeId, "backupHours", defaults[s]);
            }
        }
        nRegionalNodes = nv * SECTOR_NAMES.size();
        nationalDown = new boolean[m.catalog.nodes().size()];
        coreNode = m.node("nl-telecom-core");
        paymentsCoreNode = m.node("nl-payments-core");
        ncvNode = m.node("nl-ncv");
        stages = (int) m.p("infra.restoration.stages");
        stageSeconds = (long) (m.p("infra.restoration.stageHours") * 3600);
        crews = (int) m.p("infra.repair.crews");
        sabotageStream = m.streams.stream("infra/sabotage");
        gridStream = m.streams.stream("infra/grid-stability");
        backupOutType = new EventType("infra/backup-out", (k, p) -> onBackupOut((int) k));
        restoreStartType = new EventType("infra/restore-start", (k, p) -> onRestoreStart((int) k));
        stageType = new EventType("infra/restore-stage", (k, p) -> onStage((int) k));
        repairedType = new EventType("infra/repaired", (k, p) -> onRepaired((int) k));
        cyberEndType = new EventType("infra/cyber-end", (k, p) -> refreshNode((int) k / NSEC, (int) k % NSEC));
        gnssHoldoverType = new EventType("infra/gnss-holdover", (k, p) -> onGnssHoldover((int) k));
        gnssEndType = new EventType("infra/gnss-end", (k, p) -> onGnssEnd((int) k));
        nationalUpType = new EventType("infra/national-node-up", (k, p) -> nationalDown[(int) k] = false);
    }

    static int catalogueSector(int s) {
        return switch (s) {
            case POWER -> 0;
            case GAS -> 1;
            case FUEL -> 2;
            case MAST_A, MAST_B, MAST_C -> 3;
            case WATER -> 4;
            case FOOD -> 5;
            case PAYMENTS -> 6;
            case WATERMGMT -> 7;
            default -> 8;
        };
    }

    static int[] internalSectors(String name) {
        return switch (name) {
            case "power" -> new int[] {POWER};
            case "gas" -> new int[] {GAS};
            case "fuel" -> new int[] {FUEL};
            case "masts" -> new int[] {MAST_A, MAST_B, MAST_C};
            case "water" -> new int[] {WATER};
            case "food" -> new int[] {FOOD};
            case "payments" -> new int[] {PAYMENTS};
            case "watermgmt" -> new int[] {WATERMGMT};
            case "hospital" -> new int[] {HOSPITAL};
            default -> new int[0];
        };
    }

    /** Region index of a regional catalogue node, -1 for a national node. */
    int nodeRegion(int node) {
        return node < nRegionalNodes ? node / SECTOR_NAMES.size() : -1;
    }

    int[] nodeSectors(int node) {
        return node < nRegionalNodes ? internalSectors(SECTOR_NAMES.get(node % SECTOR_NAMES.size())) : new int[0];
    }

    String nodeSector(int node) {
        return m.geo.nodes().get(node).sector();
    }

    // ------------------------------------------------------------------ state

    boolean up(int v, int s) {
        if (damaged[v][s] || cyberUntil[v][s] > sim.now()) {
            return false;
        }
        if (s == POWER) {
            return !gridDown[v];
        }
        return gridFed[v][s] || sim.now() < backupUntil[v][s];
    }

    boolean onBackup(int v, int s) {
        return s != POWER && !gridFed[v][s] && !damaged[v][s] && sim.now() < backupUntil[v][s];
    }

    double loadServed(int v) {
        double f = gridDown[v] ? (restoring[v] ? (double) stage[v] / stages : 0) : 1;
        return f * (1 - shed);
    }

    double masts(int v) {
        double s = 0;
        for (int g = 0; g < 3; g++) {
            if (up(v, MAST_A + g)) {
                s += mastShare[g];
            }
        }
        if (timingLost[v]) {
            s *= 0.9;
        }
        if (nationalDown[coreNode]) {
            s *= 0.5;
        }
        return StrictMath.min(1, s + mobileMasts[v] * (1 - s));
    }

    boolean paymentsUp(int v) {
        return up(v, PAYMENTS) && masts(v) >= 0.5 && !nationalDown[paymentsCoreNode];
    }

    boolean paymentsCoreDown() {
        return nationalDown[paymentsCoreNode];
    }

    boolean waterUp(int v) {
        return up(v, WATER);
    }

    boolean foodUp(int v) {
        return up(v, FOOD) && m.economy.fuelDays > 0;
    }

    boolean ncvUp() {
        return !nationalDown[ncvNode];
    }

    int nodesOnGenerators() {
        int c = 0;
        for (int v = 0; v < nv; v++) {
            if (gridDown[v]) {
                for (int s = 1; s < NSEC; s++) {
                    if (onBackup(v, s)) {
                        c++;
                    }
                }
            }
        }
        return c;
    }

    // ------------------------------------------------------------------ outages and restoration

    /** The region's grid goes down now for the given hours (then staged restoration). */
    void powerOutage(int v, double hours) {
        long until = sim.now() + (long) (hours * 3600);
        outageUntil[v] = StrictMath.max(outageUntil[v], until);
        loseGrid(v);
        sim.schedule(outageUntil[v], Priority.RELEASE, restoreStartType, v);
    }

    private void loseGrid(int v) {
        if (gridDown[v] && !restoring[v]) {
            return;
        }
        gridDown[v] = true;
        restoring[v] = false;
        stage[v] = 0;
        for (int s = 1; s < NSEC; s++) {
            if (gridFed[v][s]) {
                gridFed[v][s] = false;
                startBackup(v, s, backupHours[v][s]);
            }
        }
        refreshHospital(v);
    }

    private void startBackup(int v, int s, double hours) {
        sim.cancel(backupHandle[v][s]);
        backupUntil[v][s] = sim.now() + (long) (hours * 3600);
        backupHandle[v][s] = sim.schedule(backupUntil[v][s], Priority.OUTAGE, backupOutType, (long) v * NSEC + s);
    }

    /** Generator fuel delivered: backup of (v, s) runs longer. */
    void extendBackup(int v, int s, double hours) {
        if (gridFed[v][s]) {
            return;
        }
        long base = StrictMath.max(sim.now(), backupUntil[v][s]);
        sim.cancel(backupHandle[v][s]);
        backupUntil[v][s] = base + (long) (hours * 3600);
        backupHandle[v][s] = sim.schedule(backupUntil[v][s], Priority.OUTAGE, backupOutType, (long) v * NSEC + s);
        refreshHospital(v);
    }

    private void onBackupOut(int key) {
        int v = key / NSEC;
        int s = key % NSEC;
        backupHandle[v][s] = Simulator.NO_HANDLE;
        if (s == HOSPITAL) {
            refreshHospital(v);
        }
    }

    private void onRestoreStart(int v) {
        if (!gridDown[v] || restoring[v] || sim.now() < outageUntil[v] || damaged[v][POWER]) {
            return;
        }
        restoring[v] = true;
        stage[v] = 0;
        sim.scheduleIn(stageSeconds, Priority.RELEASE, stageType, v);
    }

    private void onStage(int v) {
        if (!restoring[v]) {
            return;
        }
        stage[v]++;
        List<String> order = order(v);
        for (int s = 1; s < NSEC; s++) {
            if (!gridFed[v][s] && stage[v] >= neededStage(order, s)) {
                feed(v, s);
            }
        }
        if (stage[v] >= stages) {
            gridDown[v] = false;
            restoring[v] = false;
            for (int s = 1; s < NSEC; s++) {
                if (!gridFed[v][s]) {
                    feed(v, s);
                }
            }
        } else {
            sim.scheduleIn(stageSeconds, Priority.RELEASE, stageType, v);
        }
        refreshHospital(v);
    }

    private void feed(int v, int s) {
        gridFed[v][s] = true;
        sim.cancel(backupHandle[v][s]);
        backupHandle[v][s] = Simulator.NO_HANDLE;
        backupUntil[v][s] = 0;
    }

    List<String> order(int v) {
        List<String> o = regionOrder.get(v);
        return o != null ? o : nationalOrder;
    }

    int neededStage(List<String> order, int s) {
        int rank = order.indexOf(SECTOR_NAMES.get(catalogueSector(s)));
        if (rank < 0) {
            return stages;
        }
        return StrictMath.min(stages, 1 + rank * stages / StrictMath.max(1, order.size()));
    }

    private void refreshHospital(int v) {
        int r = m.vrRoaz[v];
        double down = 0;
        for (int w = 0; w < nv; w++) {
            if (m.vrRoaz[w] == r && !up(w, HOSPITAL)) {
                down += m.vrPopulation[w];
            }
        }
        double share = down / m.roazPopulation[r];
        if (share != m.health.hospitalDownShare[r]) {
            m.health.hospitalDownShare[r] = share;
            m.health.refreshCapacity();
            m.health.admit(r);
        }
    }

    private void refreshNode(int v, int s) {
        if (s == HOSPITAL) {
            refreshHospital(v);
        }
    }

    // ------------------------------------------------------------------ sabotage, cyber, repair

    /** Sabotage of a catalogue node; returns false when it failed (guarded, vigilance, investigation). */
    boolean sabotage(int node, double hours) {
        int v = nodeRegion(node);
        if (v < 0) {
            return sabotageNational(node, hours);
        }
        int[] secs = nodeSectors(node);
        if (guarded[v][secs[0]]) {
            return false;
        }
        double p = (vigilant[node % SECTOR_NAMES.size()] ? 0.5 : 1) * (investigated[v] ? 0.5 : 1);
        if (p < 1 && sabotageStream.nextDouble() >= p) {
            return false;
        }
        for (int s : secs) {
            damage(v, s);
        }
        return true;
    }

    private boolean sabotageNational(int node, double hours) {
        if (vigilant[SECTOR_NAMES.size()] && sabotageStream.nextDouble() >= 0.5) {
            return false;
        }
        nationalDown[node] = true;
        double h = hours > 0 ? hours : m.p("infra.repair.hours");
        sim.scheduleIn((long) (h * 3600), Priority.RELEASE, nationalUpType, node);
        return true;
    }

    void damage(int v, int s) {
        if (damaged[v][s]) {
            return;
        }
        damaged[v][s] = true;
        if (s == POWER) {
            loseGrid(v);
        }
        repairQueue.add(new int[] {v, s, (int) repairSeq++});
        refreshNode(v, s);
        dispatchCrews();
    }

    int crewsTotal() {
        return (int) StrictMath.round(crews * StrictMath.min(1, m.economy.staffShare(Economy.ENERGY)));
    }

    private boolean anyRepairs() {
        return !repairQueue.isEmpty();
    }

    private void dispatchCrews() {
        while (crewsBusy < crewsTotal() && !repairQueue.isEmpty()) {
            int best = 0;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i < repairQueue.size(); i++) {
                int[] q = repairQueue.get(i);
                int rank = q[1] == POWER ? -1 : order(q[0]).indexOf(SECTOR_NAMES.get(catalogueSector(q[1])));
                rank = rank < 0 && q[1] != POWER ? 1000 : rank;
                if (rank < bestRank) {
                    best = i;
                    bestRank = rank;
                }
            }
            int[] job = repairQueue.remove(best);
            crewsBusy++;
            sim.scheduleIn((long) (m.p("infra.repair.hours") * 3600), Priority.RELEASE, repairedType,
                (long) job[0] * NSEC + job[1]);
        }
    }

    int repairQueueSize() {
        return repairQueue.size();
    }

    private void onRepaired(int key) {
        int v = key / NSEC;
        int s = key % NSEC;
        crewsBusy--;
        damaged[v][s] = false;
        if (s == POWER) {
            sim.schedule(StrictMath.max(sim.now(), outageUntil[v]), Priority.RELEASE, restoreStartType, v);
        } else if (!gridFed[v][s] && !gridDown[v]) {
            feed(v, s);
        }
        refreshNode(v, s);
        dispatchCrews();
    }

    /** Cyber attack on a node: down for hours unless its operator isolated OT networks. */
    boolean cyber(int node, double hours) {
        int v = nodeRegion(node);
        if (v < 0) {
            return sabotageNational(node, hours);
        }
        int cs = node % SECTOR_NAMES.size();
        if (otIsolated[cs]) {
            return false;
        }
        double h = cyberAdvice ? hours / 2 : hours;
        long until = sim.now() + (long) (h * 3600);
        for (int s : nodeSectors(node)) {
            cyberUntil[v][s] = StrictMath.max(cyberUntil[v][s], until);
            refreshNode(v, s);
            sim.schedule(until, Priority.RELEASE, cyberEndType, (long) v * NSEC + s);
        }
        return true;
    }

    void jam(int v, double hours) {
        long until = sim.now() + (long) (hours * 3600);
        jammedUntil[v] = StrictMath.max(jammedUntil[v], until);
        long holdover = (long) (m.p("infra.gnss.holdoverHours") * 3600);
        if (hours * 3600 > holdover) {
            sim.scheduleIn(holdover, Priority.OUTAGE, gnssHoldoverType, v);
        }
        sim.schedule(until, Priority.RELEASE, gnssEndType, v);
    }

    boolean jammed(int v) {
        return sim.now() < jammedUntil[v];
    }

    private void onGnssHoldover(int v) {
        if (jammed(v)) {
            timingLost[v] = true;
        }
    }

    private void onGnssEnd(int v) {
        if (!jammed(v)) {
            timingLost[v] = false;
        }
    }

    void hour() {
        long now = sim.now();
        if (shed > 0 && now >= shedUntil) {
            shed = 0;
        }
        if (shortfall > 0 && now >= shortfallUntil) {
            shortfall = 0;
        }
        if (shortfall > shed) {
            double p = 0.01 * (shortfall - shed) / shortfall;
            if (gridStream.nextDouble() < p) {
                powerOutage(gridStream.nextInt(nv), 6);
            }
        }
        if (anyRepairs()) {
            dispatchCrews();
        }
    }
}
