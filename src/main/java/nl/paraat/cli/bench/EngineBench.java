package nl.paraat.cli.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.Simulator;

/**
 * The hold model: a fixed pending set; each executed event schedules one successor at a random delay
 * of 1 to 3,600 s. Run on the Paraat {@link Simulator} (cancel support and trace hash always on) and on
 * a baseline written here, a {@link PriorityQueue} of plain event objects ordered by (time, sequence)
 * with no cancel and no hash, as the {@code PlainPQ} kernel of {@code shared/reference/desbench}. Both
 * are fed the same pre-drawn delays. Rounds alternate between the two; the median of each is reported.
 */
public final class EngineBench {
    private final int pending;
    private final long events;
    private final int[] delays;
    private final int mask;

    public EngineBench(int pending, long events, long seed) {
        this.pending = pending;
        this.events = events;
        int n = Integer.highestOneBit((int) Math.min(1 << 22, Math.max(1024, events + pending)) * 2 - 1);
        this.delays = new int[n];
        this.mask = n - 1;
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            delays[i] = 1 + r.nextInt(3600);
        }
    }

    /** Events per second of both kernels and their ratio. */
    public record Result(double engineEventsPerSecond, double baselineEventsPerSecond, long engineTrace) {
        public double ratio() {
            return engineEventsPerSecond / baselineEventsPerSecond;
        }

        public String line() {
            return String.format(Locale.ROOT, "engine_events_per_s=%d baseline_events_per_s=%d ratio=%.2f",
                Math.round(engineEventsPerSecond), Math.round(baselineEventsPerSecond), ratio());
        }
    }

    public Result run(int warmup, int rounds, PrintWriter log) {
        for (int i = 0; i < warmup; i++) {
            engineRound();
            baselineRound();
        }
        double[] eng = new double[rounds];
        double[] base = new double[rounds];
        long trace = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            trace = engineRound();
            long t1 = System.nanoTime();
            baselineRound();
            long t2 = System.nanoTime();
            eng[i] = events * 1e9 / (t1 - t0);
            base[i] = events * 1e9 / (t2 - t1);
            if (log != null) {
                log.printf(Locale.ROOT, "round %d: engine %.0f ev/s, baseline %.0f ev/s%n", i + 1, eng[i], base[i]);
            }
        }
        return new Result(median(eng), median(base), trace);
    }

    /** One round on the Paraat engine; returns its trace hash. */
    public long engineRound() {
        Simulator sim = new Simulator();
        int[] cursor = {0};
        EventType[] hold = new EventType[1];
        hold[0] = new EventType("bench/hold", (key, payload) ->
            sim.scheduleIn(delays[cursor[0]++ & mask], Priority.REQUEST, hold[0], key));
        for (int i = 0; i < pending; i++) {
            sim.schedule(delays[cursor[0]++ & mask], Priority.REQUEST, hold[0], i);
        }
        for (long i = 0; i < events; i++) {
            sim.step();
        }
        return sim.traceHash();
    }

    /** One round on the plain PriorityQueue baseline; returns the final time (so the work is not dead). */
    public long baselineRound() {
        PriorityQueue<Ev> pq = new PriorityQueue<>(pending * 2);
        long seq = 0;
        int c = 0;
        for (int i = 0; i < pending; i++) {
            pq.add(new Ev(delays[c++ & mask], seq++, i));
        }
        long now = 0;
        for (long i = 0; i < events; i++) {
            Ev e = pq.poll();
            now = e.t;
            pq.add(new Ev(now + delays[c++ & mask], seq++, e.key));
        }
        return now;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static final class Ev implements Comparable<Ev> {
        final long t;
        final long seq;
        final long key;

        Ev(long t, long seq, long key) {
            this.t = t;
            this.seq = seq;
            this.key = key;
        }

        @Override
        public int compareTo(Ev o) {
            int c = Long.compare(t, o.t);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
