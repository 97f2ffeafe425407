package nl.paraat.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * The named random streams of one replication.
 *
 * <p>Each stochastic source draws from its own stream, named by a stable key such as
 * {@code "health/arrivals"} or {@code "transport/sabotage"}. A stream's seed is derived from
 * (master seed, replication index, name) only, so it does not depend on which streams were created
 * before it, in which order, or on which thread: adding a draw in one place never shifts the numbers
 * another source sees (common random numbers for counterfactuals, {@code engine-research.md} §4.2).
 *
 * <p>The map below is only looked up, never iterated, so its hash order cannot leak into a run.
 */
public final class RandomStreams {
    private final long masterSeed;
    private final int replication;
    private final long base;
    private final Map<String, RandomStream> streams = new HashMap<>();

    public RandomStreams(long masterSeed, int replication) {
        this.masterSeed = masterSeed;
        this.replication = replication;
        this.base = StableHash.combine(StableHash.mix64(masterSeed), 0x7265706cL + replication);
    }

    public long masterSeed() {
        return masterSeed;
    }

    public int replication() {
        return replication;
    }

    /** The stream with this name; the same object on every call with the same name. */
    public RandomStream stream(String name) {
        RandomStream s = streams.get(name);
        if (s == null) {
            s = new RandomStream(name, seedOf(name));
            streams.put(name, s);
        }
        return s;
    }

    /** The seed a stream of this name gets in this replication. */
    public long seedOf(String name) {
        return StableHash.combine(base, StableHash.of(name));
    }
}
