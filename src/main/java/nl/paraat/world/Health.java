package nl.paraat.world;

import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;
import nl.paraat.engine.Simulator;

/**
 * Health and casualty flow (BLR 5). Casualties arrive in batches (a hospital train of 140 is one event), are split
 * per patient into ICU, ward (T1/T2), ward (T3) and burn needs, wait in cohort queues per region, and get a bed at
 * once or at the hourly bed board. Beds are counters per region and pool; each admitted patient's length of stay is
 * a per-entity draw binned into an hourly discharge calendar, so discharges cost no events. Patients waiting beyond
 * a threshold die with an hourly hazard. ICU surge steps, planned-care cuts, the care reserve, the
 * Calamiteitenhospitaal, patient spreading by ambulance (capacity, travel time) and abroad change the board.
 *
 * <p>Conservation: arrived = waiting + inBed + inTransport + discharged + died, exactly, at every moment.
 */
final class Health {
    static final int ICU = 0;
    static final int WARD = 1;
    static final int BURN = 2;
    static final int POOLS = 3;
    static final int CAT_ICU = 0;
    static final int CAT_WARD = 1;
    static final int CAT_T3 = 2;
    static final int CAT_BURN = 3;
    static final int CATS = 4;
    static final int[] POOL_OF = {ICU, WARD, WARD, BURN};
    private static final int RING = 8192;
    private static final int MASK = RING - 1;

    private final Model m;
    private final Simulator sim;
    final int n;
    final double[][] nominal;
    final double[][] extra;
    final double[][] bgBase;
    final double[] cut;
    final double[] cutTarget;
    final double[] hospitalDownShare;
    final double[] exhaustion;
    final int[][] inBed;
    private final int[][] calendar;
    private final long[] admitSerial;
    final CohortQueue[] queues;
    final double icuNominalTotal;
    final double[] surgeCaps = new double[4];
    int surgeLevel;
    int surgePending = -1;
    boolean regularCareSuspended;
    boolean calamiteitenOpen;
    int reserveDeployed;

    long arrived;
    long waitingTotal;
    long inBedTotal;
    long inTransport;
    long discharged;
    long died;
    long movedAbroad;
    long militaryAdmitted;
    final long[] diedRegion;
    double plannedCareBedDays;
    double medicineDays;
    boolean medicineReleased;
    private long batchSerial;

    // transport of patients
    int ambulances;
    int ambulancesBusy;
    int abroadToday;
    long abroadDay = -1;
    int abroadQuota;

    // military inflow
    double inflowPerDay;
    double alliedPerDay;
    long inflowEnd;
    int routedRegion = -1;
    long trainHoldUntil;
    private long trainHandle = Simulator.NO_HANDLE;
    private long flightHandle = Simulator.NO_HANDLE;

    private final double icuShare;
    private final double wardBedsPerSurgeBed;
    private final double cutStep;
    private final double medicineUse;
    private final double burnShare;
    private final double t3GivenWard;
    private final double[] losHours = new double[CATS];
    private final long[] waitThreshold = new long[CATS];
    private final double[] hazard = new double[CATS];
    private final RandomStream casualtyStream;
    private final RandomStream losStream;
    private final RandomStream deteriorationStream;
    private final RandomStream trainStream;
    private final EventType arrivalType;
    private final EventType transferType;
    private final EventType ambulanceBackType;
    private final EventType surgeType;
    private final EventType trainType;
    private final EventType flightType;
    private final EventType extraBedsType;

    Health(Model m) {
        this.m = m;
        this.sim = m.sim;
        this.n = m.nRoaz;
        nominal = new double[n][POOLS];
        extra = new double[n][POOLS];
        bgBase = new double[n][POOLS];
        cut = new double[n];
        cutTarget = new double[n];
        hospitalDownShare = new double[n];
        exhaustion = new double[n];
        inBed = new int[n][POOLS];
        staffedCache = new double[n][POOLS];
        calendar = new int[n * POOLS][RING];
        admitSerial = new long[n * POOLS];
        queues = new CohortQueue[n * CATS];
        for (int i = 0; i < queues.length; i++) {
            queues[i] = new CohortQueue();
        }
        diedRegion = new long[n];
        double icuTotal = 0;
        double ambTotal = 0;
        for (int r = 0; r < n; r++) {
            Geography.RoazRegion g = m.geo.roazRegions().get(r);
            nominal[r][ICU] = m.settings.field(g.id(), "icuBeds", g.icuBeds());
            nominal[r][WARD] = m.settings.field(g.id(), "wardBeds", g.wardBeds());
            nominal[r][BURN] = m.settings.field(g.id(), "burnBeds", g.burnBeds());
            bgBase[r][ICU] = nominal[r][ICU] * m.p("health.icu.backgroundOccupancy");
            bgBase[r][WARD] = nominal[r][WARD] * m.p("health.ward.backgroundOccupancy");
            bgBase[r][BURN] = nominal[r][BURN] * m.p("health.burn.backgroundOccupancy");
            icuTotal += nominal[r][ICU];
            ambTotal += m.settings.field(g.id(), "ambulances", g.ambulances());
        }
        icuNominalTotal = icuTotal;
        surgeCaps[0] = icuTotal;
        surgeCaps[1] = StrictMath.max(icuTotal, m.p("health.icu.surge1Beds"));
        surgeCaps[2] = StrictMath.max(surgeCaps[1], m.p("health.icu.surge2Beds"));
        surgeCaps[3] = StrictMath.max(surgeCaps[2], m.p("health.icu.surge3Beds"));
        ambulances = (int) StrictMath.min(ambTotal, m.p("health.transfer.ambulances"));
        abroadQuota = (int) m.p("health.abroad.maxPerDay");
        icuShare = m.p("health.icuShare");
        wardBedsPerSurgeBed = m.p("health.icu.nursesPerBed") / 2.5;
        cutStep = m.p("health.plannedCare.maxCutShare") / StrictMath.max(1, m.p("health.plannedCare.cutHours"));
        medicineUse = m.p("health.medicine.useFactorPerIcuPatient");
        burnShare = m.p("health.burnShare");
        double wardShare = StrictMath.max(1e-9, 1 - icuShare - burnShare);
        double t3 = StrictMath.max(0, 1 - m.p("health.triage.t1Share") - m.p("health.triage.t2Share"));
        t3GivenWard = StrictMath.min(1, t3 / wardShare);
        losHours[CAT_ICU] = m.p("health.icu.losDays") * 24;
        losHours[CAT_WARD] = m.p("health.ward.losDays") * 24;
        losHours[CAT_T3] = m.p("health.ward.t3LosDays") * 24;
        losHours[CAT_BURN] = m.p("health.burn.losDays") * 24;
        long icuWait = (long) (m.p("health.wait.icuThresholdHours") * 3600);
        long wardWait = (long) (m.p("health.wait.wardThresholdHours") * 3600);
        waitThreshold[CAT_ICU] = icuWait;
        waitThreshold[CAT_BURN] = icuWait;
        waitThreshold[CAT_WARD] = wardWait;
        waitThreshold[CAT_T3] = wardWait;
        hazard[CAT_ICU] = m.p("health.wait.icuDeathHazardPerHour");
        hazard[CAT_BURN] = hazard[CAT_ICU];
        hazard[CAT_WARD] = m.p("health.wait.wardDeathHazardPerHour");
        hazard[CAT_T3] = hazard[CAT_WARD] / 4;
        medicineDays = m.p("health.medicine.stockDays");
        refreshCapacity();
        casualtyStream = m.streams.stream("health/casualties");
        losStream = m.streams.stream("health/los");
        deteriorationStream = m.streams.stream("health/deterioration");
        trainStream = m.streams.stream("health/trains");
        arrivalType = new EventType("health/arrival", (k, p) -> onArrival((Batch) p));
        transferType = new EventType("health/transfer-arrival", (k, p) -> onTransferArrival((Transfer) p));
        ambulanceBackType = new EventType("health/ambulances-back", (k, p) -> ambulancesBusy -= (int) k);
        surgeType = new EventType("health/surge-step", (k, p) -> onSurgeStep((int) k));
        trainType = new EventType("health/hospital-train", (k, p) -> onTrain());
        flightType = new EventType("health/medevac-flight", (k, p) -> onFlight());
        extraBedsType = new EventType("health/extra-beds", (k, p) -> onExtraBeds((ExtraBeds) p));
    }

    /** A batch of casualties; held: already counted as arrived and in transport (a train held at a station). */
    record Batch(int count, int region, boolean military, long id, boolean held) {
        Batch(int count, int region, boolean military, long id) {
            this(count, region, military, id, false);
        }
    }

    record Transfer(int count, int to, int cat) {
    }

    record ExtraBeds(int region, int pool, double beds) {
    }

    void start() {
        // the inflow starts with a casualty-inflow world event (scenario or facilitator)
    }

    // ------------------------------------------------------------------ capacity

    double staffFactor(int r) {
        return StrictMath.min(1.0, m.economy.staffShare(Economy.CARE)) * (1 - exhaustion[r]) * (1 - hospitalDownShare[r]);
    }

    double icuBedsAt(int r, int level) {
        return nominal[r][ICU] * surgeCaps[level] / icuNominalTotal;
    }

    private final double[][] staffedCache;

    /** Recomputes the staffed-bed table; called whenever surge level, extra beds, staff or outages change. */
    void refreshCapacity() {
        for (int r = 0; r < n; r++) {
            for (int pool = 0; pool < POOLS; pool++) {
                staffedCache[r][pool] = computeStaffed(r, pool);
            }
        }
    }

    /** Staffed beds of a pool in a region now. */
    double staffed(int r, int pool) {
        return staffedCache[r][pool];
    }

    private double computeStaffed(int r, int pool) {
        double f = staffFactor(r);
        switch (pool) {
            case ICU:
                return icuBedsAt(r, surgeLevel) * f + extra[r][ICU];
            case WARD:
                double surgeLoss = (icuBedsAt(r, surgeLevel) - nominal[r][ICU]) * wardBedsPerSurgeBed;
                return StrictMath.max(0, nominal[r][WARD] * f - surgeLoss) + extra[r][WARD];
            default:
                return nominal[r][BURN] * f + extra[r][BURN];
        }
    }

    double background(int r, int pool) {
        return bgBase[r][pool] * (1 - cut[r]);
    }

    int free(int r, int pool) {
        double f = StrictMath.floor(staffed(r, pool) - background(r, pool)) - inBed[r][pool];
        return f > 0 ? (int) f : 0;
    }

    double occupancy(int r, int pool) {
        double s = staffed(r, pool);
        return s <= 0 ? 100 : 100 * (background(r, pool) + inBed[r][pool]) / s;
    }

    long waiting(int r) {
        long s = 0;
        for (int c = 0; c < CATS; c++) {
            s += queues[r * CATS + c].total();
        }
        return s;
    }

    long waitingOver(int r, long seconds) {
        long s = 0;
        for (int c = 0; c < CATS; c++) {
            s += queues[r * CATS + c].waitingLongerThan(sim.now(), seconds);
        }
        return s;
    }

    long available(int r, int pool) {
        long s = inBed[r][pool];
        for (int c = 0; c < CATS; c++) {
            if (POOL_OF[c] == pool) {
                s += queues[r * CATS + c].total();
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ arrivals

    /** One batch of casualties arriving now in region r. */
    void arrive(int count, int r, boolean military) {
        onArrival(new Batch(count, r, military, batchSerial++));
    }

    void scheduleArrival(long time, int count, int r, boolean military) {
        sim.schedule(time, Priority.REQUEST, arrivalType, r, new Batch(count, r, military, batchSerial++));
    }

    private void onArrival(Batch b) {
        int[] byCat = new int[CATS];
        long base = b.id() << 20;
        for (int i = 0; i < b.count(); i++) {
            double u = casualtyStream.entityUniform(base + i, 0);
            int cat;
            if (u < icuShare) {
                cat = CAT_ICU;
            } else if (u < icuShare + burnShare) {
                cat = CAT_BURN;
            } else {
                cat = casualtyStream.entityUniform(base + i, 1) < t3GivenWard ? CAT_T3 : CAT_WARD;
            }
            byCat[cat]++;
        }
        if (b.held()) {
            inTransport -= b.count();
        } else {
            arrived += b.count();
        }
        long now = sim.now();
        int r = b.region();
        for (int c = 0; c < CATS; c++) {
            if (byCat[c] == 0) {
                continue;
            }
            if (c == CAT_BURN && nominal[r][BURN] <= 0) {
                int to = bestRegion(BURN, r);
                if (to != r) {
                    inTransport += byCat[c];
                    sim.scheduleIn(travelSeconds(r, to), Priority.REQUEST, transferType, to,
                        new Transfer(byCat[c], to, c));
                    continue;
                }
            }
            queues[r * CATS + c].add(now, byCat[c], b.military());
            waitingTotal += byCat[c];
        }
        admit(r);
    }

    private void onTransferArrival(Transfer t) {
        inTransport -= t.count();
        if (t.to() < 0) {
            discharged += t.count();
            movedAbroad += t.count();
            return;
        }
        queues[t.to() * CATS + t.cat()].add(sim.now(), t.count(), false);
        waitingTotal += t.count();
        admit(t.to());
    }

    /** The region with the most free beds of a pool (ties: the given region, then catalogue order). */
    int bestRegion(int pool, int prefer) {
        int best = prefer;
        int bestFree = free(prefer, pool) - (int) queuedFor(prefer, pool);
        for (int r = 0; r < n; r++) {
            int f = free(r, pool) - (int) queuedFor(r, pool);
            if (nominal[r][pool] > 0 && f > bestFree) {
                best = r;
                bestFree = f;
            }
        }
        return best;
    }

    private long queuedFor(int r, int pool) {
        long s = 0;
        for (int c = 0; c < CATS; c++) {
            if (POOL_OF[c] == pool) {
                s += queues[r * CATS + c].total();
            }
        }
        return s;
    }

    long travelSeconds(int from, int to) {
        Geography.RoazRegion a = m.geo.roazRegions().get(from);
        double km;
        if (to < 0) {
            return (long) (m.p("health.abroad.travelHours") * 3600);
        }
        Geography.RoazRegion b = m.geo.roazRegions().get(to);
        km = Model.km(a.lat(), a.lon(), b.lat(), b.lon()) * 1.3;
        return (long) ((m.p("health.transfer.handoverHours") + km / m.p("health.transfer.speedKmh")) * 3600);
    }

    // ------------------------------------------------------------------ bed board

    /** Admits waiting patients of region r into free beds: ICU, burn, ward T1/T2, ward T3. */
    void admit(int r) {
        admitPool(r, CAT_ICU, ICU);
        admitPool(r, CAT_BURN, BURN);
        admitPool(r, CAT_WARD, WARD);
        admitPool(r, CAT_T3, WARD);
    }

    private void admitPool(int r, int cat, int pool) {
        CohortQueue q = queues[r * CATS + cat];
        if (q.total() == 0) {
            return;
        }
        int free = free(r, pool);
        int k = 0;
        while (free > 0 && k < q.size()) {
            int c = q.countAt(k);
            int take = StrictMath.min(c, free);
            if (take > 0) {
                q.takeAt(k, take);
                waitingTotal -= take;
                if (q.militaryAt(k)) {
                    militaryAdmitted += take;
                }
                putInBed(r, pool, cat, take);
                free -= take;
            }
            k++;
        }
        q.dropEmptyHead();
    }

    private void putInBed(int r, int pool, int cat, int count) {
        int idx = r * POOLS + pool;
        int[] cal = calendar[idx];
        long now = sim.now();
        long hourNow = now / 3600;
        double mean = losHours[cat];
        long serialBase = ((long) (r * CATS + cat) << 40);
        for (int i = 0; i < count; i++) {
            double los = losStream.entityExponential(serialBase + admitSerial[idx]++, 0, mean);
            long bin = (long) StrictMath.ceil((now + los * 3600) / 3600.0);
            if (bin <= hourNow) {
                bin = hourNow + 1;
            }
            if (bin > hourNow + RING - 1) {
                bin = hourNow + RING - 1;
            }
            cal[(int) (bin & MASK)]++;
        }
        inBed[r][pool] += count;
        inBedTotal += count;
    }

    void hour() {
        refreshCapacity();
        long now = sim.now();
        long severe = 0;
        for (int r = 0; r < n; r++) {
            severe += inBed[r][ICU] + inBed[r][BURN];
        }
        medicineDays = StrictMath.max(0, medicineDays - medicineUse * severe / 24.0);
        long hourNow = now / 3600;
        for (int r = 0; r < n; r++) {
            if (cut[r] < cutTarget[r]) {
                cut[r] = StrictMath.min(cutTarget[r], cut[r] + cutStep);
            } else if (cut[r] > cutTarget[r]) {
                cut[r] = StrictMath.max(cutTarget[r], cut[r] - cutStep);
            }
            plannedCareBedDays += cut[r] * (bgBase[r][ICU] + bgBase[r][WARD]) / 24.0;
            for (int pool = 0; pool < POOLS; pool++) {
                int[] cal = calendar[r * POOLS + pool];
                int slot = (int) (hourNow & MASK);
                int out = cal[slot];
                if (out > 0) {
                    cal[slot] = 0;
                    inBed[r][pool] -= out;
                    inBedTotal -= out;
                    discharged += out;
                }
            }
            admit(r);
            deteriorate(r, now);
        }
    }

    private void deteriorate(int r, long now) {
        double factor = medicineShort() ? 2.0 : 1.0;
        for (int c = 0; c < CATS; c++) {
            CohortQueue q = queues[r * CATS + c];
            if (q.total() == 0) {
                continue;
            }
            boolean any = false;
            for (int k = 0; k < q.size(); k++) {
                if (now - q.timeAt(k) <= waitThreshold[c]) {
                    break;
                }
                int cnt = q.countAt(k);
                if (cnt == 0) {
                    continue;
                }
                int d = Model.binomial(cnt, StrictMath.min(1, hazard[c] * factor), deteriorationStream.nextDouble(),
                    deteriorationStream.nextDouble());
                if (d > 0) {
                    q.takeAt(k, d);
                    waitingTotal -= d;
                    died += d;
                    diedRegion[r] += d;
                    any = true;
                }
            }
            if (any) {
                q.compact();
            }
        }
    }

    boolean medicineShort() {
        return medicineDays < 5;
    }

    // ------------------------------------------------------------------ decisions' effects

    /** Takes count patients needing the pool out of region r (waiting first, oldest first; then admitted). */
    void takeOut(int r, int pool, int count, int to) {
        int left = count;
        for (int c = 0; c < CATS && left > 0; c++) {
            if (POOL_OF[c] != pool) {
                continue;
            }
            CohortQueue q = queues[r * CATS + c];
            int moved = 0;
            for (int k = 0; k < q.size() && left > 0; k++) {
                int take = StrictMath.min(left, q.countAt(k));
                q.takeAt(k, take);
                left -= take;
                moved += take;
            }
            q.compact();
            waitingTotal -= moved;
            if (moved > 0) {
                dispatch(r, to, moved, c);
            }
        }
        if (left > 0) {
            int[] cal = calendar[r * POOLS + pool];
            long hourNow = sim.now() / 3600;
            int removed = 0;
            for (int k = RING - 1; k >= 1 && removed < left; k--) {
                int slot = (int) ((hourNow + k) & MASK);
                int take = StrictMath.min(cal[slot], left - removed);
                cal[slot] -= take;
                removed += take;
            }
            inBed[r][pool] -= removed;
            inBedTotal -= removed;
            int cat = pool == ICU ? CAT_ICU : pool == BURN ? CAT_BURN : CAT_WARD;
            dispatch(r, to, removed, cat);
        }
        admit(r);
    }

    private void dispatch(int from, int to, int count, int cat) {
        inTransport += count;
        ambulancesBusy += count;
        long travel = travelSeconds(from, to);
        sim.scheduleIn(travel, Priority.REQUEST, transferType, to, new Transfer(count, to, cat));
        sim.scheduleIn(2 * travel, Priority.RELEASE, ambulanceBackType, count);
    }

    int freeAmbulances() {
        return StrictMath.max(0, ambulances - ambulancesBusy);
    }

    int abroadLeftToday() {
        long day = sim.now() / Model.DAY;
        if (day != abroadDay) {
            abroadDay = day;
            abroadToday = 0;
        }
        return StrictMath.max(0, abroadQuota - abroadToday);
    }

    void countAbroad(int count) {
        abroadLeftToday();
        abroadToday += count;
    }

    void raiseSurge(long delay) {
        surgePending = surgeLevel + 1;
        sim.scheduleIn(delay, Priority.COMMAND, surgeType, surgePending);
    }

    private void onSurgeStep(int level) {
        surgeLevel = level;
        surgePending = -1;
        refreshCapacity();
        for (int r = 0; r < n; r++) {
            admit(r);
        }
    }

    void addBeds(long delay, int r, int pool, double beds) {
        sim.scheduleIn(delay, Priority.RELEASE, extraBedsType, r, new ExtraBeds(r, pool, beds));
    }

    private void onExtraBeds(ExtraBeds e) {
        extra[e.region()][e.pool()] += e.beds();
        refreshCapacity();
        admit(e.region());
    }

    /** Military casualties per day by train and air for a number of days, from now. */
    void setInflow(double perDay, double days) {
        inflowPerDay = perDay;
        inflowEnd = sim.now() + (long) (days * Model.DAY);
        restartInflow();
    }

    void restartInflow() {
        sim.cancel(trainHandle);
        sim.cancel(flightHandle);
        trainHandle = Simulator.NO_HANDLE;
        flightHandle = Simulator.NO_HANDLE;
        scheduleNextTrain();
        scheduleNextFlight();
    }

    private double rate() {
        return (sim.now() < inflowEnd ? inflowPerDay : 0) + alliedPerDay;
    }

    private void scheduleNextTrain() {
        double perDay = rate() * m.p("health.inflow.trainShare");
        if (perDay <= 0) {
            return;
        }
        double hours = 24 * m.p("health.train.patients") / perDay * (0.8 + 0.4 * trainStream.nextDouble());
        long t = sim.now() + (long) (hours * 3600);
        trainHandle = sim.schedule(t, Priority.REQUEST, trainType, 0);
    }

    private void scheduleNextFlight() {
        double perDay = rate() * (1 - m.p("health.inflow.trainShare"));
        if (perDay <= 0) {
            return;
        }
        double hours = 24 * m.p("health.air.patients") / perDay * (0.8 + 0.4 * trainStream.nextDouble());
        flightHandle = sim.scheduleIn((long) (hours * 3600), Priority.REQUEST, flightType, 0);
    }

    private void onTrain() {
        int base = (int) m.p("health.train.patients");
        int count = StrictMath.max(1, base - 10 + trainStream.nextInt(21));
        int r = destination();
        if (sim.now() < trainHoldUntil) {
            // held at a station on the line: arrived in the Netherlands, in transport until the line reopens
            arrived += count;
            inTransport += count;
            sim.schedule(trainHoldUntil, Priority.REQUEST, arrivalType, r, new Batch(count, r, true, batchSerial++, true));
        } else {
            arrive(count, r, true);
        }
        scheduleNextTrain();
    }

    private void onFlight() {
        int base = (int) m.p("health.air.patients");
        int count = StrictMath.max(1, base - 5 + trainStream.nextInt(11));
        arrive(count, destination(), true);
        scheduleNextFlight();
    }

    /** Where a military batch goes: the routed region, else the one with most free ICU beds. */
    int destination() {
        if (routedRegion >= 0) {
            return routedRegion;
        }
        return bestRegion(ICU, 0);
    }

    /** Hospital trains that arrive within the hours are held at a station until then (patients in transport). */
    void holdTrains(double hours) {
        trainHoldUntil = StrictMath.max(trainHoldUntil, sim.now() + (long) (hours * 3600));
    }

    // ------------------------------------------------------------------ accounting

    CasualtyCount count() {
        return new CasualtyCount(arrived, waitingTotal, inBedTotal, inTransport, discharged, died, movedAbroad);
    }

    boolean conserved() {
        long w = 0;
        for (CohortQueue q : queues) {
            w += q.total();
        }
        long b = 0;
        for (int r = 0; r < n; r++) {
            for (int p = 0; p < POOLS; p++) {
                if (inBed[r][p] < 0) {
                    return false;
                }
                b += inBed[r][p];
            }
        }
        return w == waitingTotal && b == inBedTotal && inTransport >= 0
            && arrived == waitingTotal + inBedTotal + inTransport + discharged + died;
    }

    int nationalIcuFree() {
        int s = 0;
        for (int r = 0; r < n; r++) {
            s += free(r, ICU);
        }
        return s;
    }
}
