package nl.paraat.engine;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;

/**
 * A small stochastic model that uses every part of the engine: all priority classes, sequential and
 * per-entity draws from several named streams (exponential, Poisson, normal, log-normal, triangular),
 * cancellation and rescheduling, payloads. Casualties arrive, get a triage class and a length of stay
 * from per-entity draws, occupy a bed or wait; ward outages cancel and postpone discharges; hourly
 * sampling; a command adds beds on day 2.
 *
 * <p>Used by the determinism tests, and run as a program by {@code EngineDeterminismIT} in separate JVMs:
 * {@code java -cp ... nl.paraat.engine.ReferenceModel <replication> <untilSeconds> <seed>...}.
 */
public final class ReferenceModel {
    /** What a run produced. */
    public record Outcome(long trace, long events, long admitted, long waitingAtEnd) {
        public String line() {
            return String.format(Locale.ROOT, "events=%d admitted=%d waiting=%d trace=%016x",
                events, admitted, waitingAtEnd, trace);
        }
    }

    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    private final Simulator sim = new Simulator();
    private final RandomStream arrivals;
    private final RandomStream casualties;
    private final RandomStream outages;
    private final ArrayDeque<Long> waiting = new ArrayDeque<>();
    private final long[] dischargeHandle = new long[100_000];
    private final EventType arrival = new EventType("ref/arrival", (k, p) -> onArrival(k));
    private final EventType discharge = new EventType("ref/discharge", (k, p) -> onDischarge(k));
    private final EventType outage = new EventType("ref/outage", (k, p) -> onOutage(k));
    private final EventType sample = new EventType("ref/sample", (k, p) -> onSample(k));
    private final EventType addBeds = new EventType("ref/add-beds", (k, p) -> onAddBeds((Integer) p));
    private int freeBeds = 150;
    private long nextCasualty;
    private long admitted;
    private long sampleSum;

    public ReferenceModel(long seed, int replication) {
        RandomStreams streams = new RandomStreams(seed, replication);
        this.arrivals = streams.stream("ref/arrivals");
        this.casualties = streams.stream("ref/casualties");
        this.outages = streams.stream("ref/outages");
        Arrays.fill(dischargeHandle, Simulator.NO_HANDLE);
    }

    /** Runs the model from T0 to {@code until} seconds. */
    public static Outcome run(long seed, int replication, long until) {
        ReferenceModel m = new ReferenceModel(seed, replication);
        m.sim.schedule(0, Priority.REQUEST, m.arrival, 0);
        m.sim.schedule(0, Priority.SAMPLE, m.sample, 0);
        m.sim.schedule(2 * DAY, Priority.COMMAND, m.addBeds, 1, 20);
        for (int day = 0; day * DAY < until; day++) {
            int n = m.outages.poisson(2.5);
            for (int i = 0; i < n; i++) {
                long at = day * DAY + (long) m.outages.uniform(0, DAY);
                m.sim.schedule(at, Priority.OUTAGE, m.outage, day * 100L + i);
            }
        }
        m.sim.runUntil(until);
        return new Outcome(m.sim.traceHash() ^ m.sampleSum, m.sim.eventsExecuted(), m.admitted, m.waiting.size());
    }

    private void onArrival(long ignored) {
        long id = nextCasualty++;
        if (id < dischargeHandle.length - 1) {
            long gap = Math.max(1, (long) arrivals.exponential(600));
            sim.scheduleIn(gap, Priority.REQUEST, arrival, id + 1);
        }
        waiting.addLast(id);
        admit();
    }

    private void admit() {
        while (freeBeds > 0 && !waiting.isEmpty()) {
            long id = waiting.removeFirst();
            freeBeds--;
            admitted++;
            int triage = casualties.entityInt(id, 0, 3);
            double stay = switch (triage) {
                case 0 -> casualties.entityTriangular(id, 1, 2 * HOUR, 6 * HOUR, 24 * HOUR);
                case 1 -> casualties.entityExponential(id, 1, 2 * DAY);
                default -> StrictMath.exp(11 + 0.5 * casualties.entityNormal(id, 1));
            };
            dischargeHandle[(int) id] = sim.scheduleIn(Math.max(1, (long) stay), Priority.RELEASE, discharge, id);
        }
    }

    private void onDischarge(long id) {
        dischargeHandle[(int) id] = Simulator.NO_HANDLE;
        freeBeds++;
        admit();
    }

    private void onOutage(long key) {
        // a ward closure: the discharge of one random patient is postponed by a log-normal delay
        if (nextCasualty == 0) {
            return;
        }
        long id = outages.nextInt((int) nextCasualty);
        if (sim.cancel(dischargeHandle[(int) id])) {
            long delay = 1 + (long) outages.logNormal(8, 0.7);
            dischargeHandle[(int) id] = sim.scheduleIn(delay, Priority.RELEASE, discharge, id);
        }
    }

    private void onAddBeds(int beds) {
        freeBeds += beds;
        admit();
    }

    private void onSample(long hour) {
        sampleSum = sampleSum * 31 + freeBeds * 1000L + waiting.size();
        sim.scheduleIn(HOUR, Priority.SAMPLE, sample, hour + 1);
    }

    /** Prints one outcome line per seed: {@code <replication> <untilSeconds> <seed>...}. */
    public static void main(String[] args) {
        int replication = Integer.parseInt(args[0]);
        long until = Long.parseLong(args[1]);
        for (int i = 2; i < args.length; i++) {
            System.out.println(run(Long.parseLong(args[i]), replication, until).line());
        }
    }
}
