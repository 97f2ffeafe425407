package nl.paraat.exercise.journal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load of commands: {@code threads} client threads together submit {@code rate} commands
 * per second, each on a fixed schedule (staggered between threads), wait for the acknowledgement and
 * record the latency from submitting to acknowledgement. A client that falls behind its schedule sends
 * its next command at once. The first {@code warmupSeconds} are not measured.
 * Used by {@code paraat bench journal} and, with the exercise runtime as the target, by the runtime bench.
 */
public final class CommandLoad {
    /** Submits command {@code n} of client {@code client}; the future completes on its acknowledgement. */
    @FunctionalInterface
    public interface Target {
        CompletableFuture<?> submit(int client, long n);
    }

    /**
     * Latencies of the measured commands.
     *
     * @param commands      commands acknowledged in the measured period
     * @param seconds       length of the measured period
     * @param latencyNanos  every measured latency, sorted
     */
    public record Result(long commands, double seconds, long[] latencyNanos) {
        public double ratePerSecond() {
            return commands / seconds;
        }

        /** The q-quantile (0..1) of the latency in milliseconds (nearest rank). */
        public double quantileMillis(double q) {
            if (latencyNanos.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(q * latencyNanos.length) - 1;
            return latencyNanos[Math.max(0, Math.min(latencyNanos.length - 1, i))] / 1e6;
        }

        public double maxMillis() {
            return latencyNanos.length == 0 ? 0 : latencyNanos[latencyNanos.length - 1] / 1e6;
        }

        /** {@code commands=<n> rate_per_s=<x.xx> p50_ms=<x.xx> p99_ms=<x.xx>} */
        public String line() {
            return String.format(Locale.ROOT, "commands=%d rate_per_s=%.2f p50_ms=%.2f p99_ms=%.2f", commands,
                ratePerSecond(), quantileMillis(0.50), quantileMillis(0.99));
        }
    }

    private final int threads;
    private final double rate;
    private final double seconds;
    private final double warmupSeconds;

    public CommandLoad(int threads, double rate, double seconds, double warmupSeconds) {
        if (threads < 1 || rate <= 0 || seconds <= 0 || warmupSeconds < 0) {
            throw new IllegalArgumentException("threads, rate and seconds must be positive");
        }
        this.threads = threads;
        this.rate = rate;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
    }

    /** Runs the load against the target and returns the measured latencies. */
    public Result run(Target target) throws InterruptedException {
        long interval = (long) (threads * 1e9 / rate);
        long start = System.nanoTime() + 20_000_000L;
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Client> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Client c = new Client(t, target, start + t * interval / threads, interval, measureFrom, end);
            clients.add(c);
            c.thread.start();
        }
        int total = 0;
        for (Client c : clients) {
            c.thread.join();
            if (c.failure != null) {
                throw new IllegalStateException("client " + c.id + " failed: " + c.failure.getMessage(), c.failure);
            }
            total += c.count;
        }
        long[] all = new long[total];
        int k = 0;
        for (Client c : clients) {
            System.arraycopy(c.latencies, 0, all, k, c.count);
            k += c.count;
        }
        Arrays.sort(all);
        return new Result(total, seconds, all);
    }

    private static final class Client implements Runnable {
        final int id;
        final Target target;
        final long first;
        final long interval;
        final long measureFrom;
        final long end;
        final Thread thread;
        long[] latencies = new long[1024];
        int count;
        Throwable failure;

        Client(int id, Target target, long first, long interval, long measureFrom, long end) {
            this.id = id;
            this.target = target;
            this.first = first;
            this.interval = interval;
            this.measureFrom = measureFrom;
            this.end = end;
            this.thread = new Thread(this, "load-client-" + id);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                long next = first;
                for (long n = 0;; n++) {
                    long now;
                    while ((now = System.nanoTime()) < next) {
                        LockSupport.parkNanos(next - now);
                    }
                    if (now >= end) {
                        return;
                    }
                    target.submit(id, n).join();
                    long done = System.nanoTime();
                    if (now >= measureFrom) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = done - now;
                    }
                    next += interval;
                }
            } catch (Throwable e) {
                failure = e;
            }
        }
    }
}
