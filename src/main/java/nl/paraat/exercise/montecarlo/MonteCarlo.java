package nl.paraat.exercise.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.paraat.scenario.Scenario;
import nl.paraat.world.WorldCatalog;

/**
 * The Monte Carlo pre-play of a scenario: replications 0..n-1, replication r played with
 * {@code RandomStreams(seed, r)}, each single-threaded and deterministic, spread over worker threads that
 * take the next replication index when free. Results are stored by replication index and combined in that
 * order, so the outcome (and its checksum) does not depend on the number of threads. Only a
 * {@link ReplicationResult} of each replication is kept.
 */
public final class MonteCarlo {
    /** Name prefix of the worker threads (for {@link StackSampler}). */
    public static final String WORKER_PREFIX = "montecarlo-";

    private final Scenario scenario;
    private final WorldCatalog catalog;
    private final Policy policy;
    private final long seed;

    public MonteCarlo(Scenario scenario, WorldCatalog catalog, Policy policy, long seed) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.seed = seed;
    }

    /**
     * Runs the replications.
     *
     * @param reps    number of replications (at least 1)
     * @param threads worker threads (at least 1)
     */
    public MonteCarloResult run(int reps, int threads) {
        if (reps < 1 || threads < 1) {
            throw new IllegalArgumentException("reps and threads must be at least 1");
        }
        Replication replication = new Replication(scenario, catalog, policy, seed);
        ReplicationResult[] results = new ReplicationResult[reps];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int r;
            while (failure.get() == null && (r = next.getAndIncrement()) < reps) {
                try {
                    results[r] = replication.run(r);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, new IllegalStateException("replication " + r + ": " + e.getMessage(), e));
                }
            }
        };
        long started = System.nanoTime();
        int n = Math.min(threads, reps);
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Thread th = new Thread(worker, WORKER_PREFIX + t);
            pool.add(th);
            th.start();
        }
        for (Thread th : pool) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        long elapsed = System.nanoTime() - started;
        if (failure.get() != null) {
            throw failure.get();
        }
        return new MonteCarloResult(scenario, policy, seed, n, replication.indicators(), List.of(results), elapsed);
    }
}
