package nl.paraat.engine;

/**
 * One named stream of pseudo-random numbers (SplitMix64), with sampling written with {@link StrictMath}
 * so every JVM gives the same bits.
 *
 * <p>Two kinds of draws:
 * <ul>
 *   <li>sequential draws ({@link #nextDouble()}, {@link #exponential(double)}, ...) that advance the
 *       stream, for processes such as the arrival times of one source;</li>
 *   <li>per-entity draws ({@link #entityUniform(long, int)}, ...) that are a pure function of
 *       (stream seed, entity id, draw index) and do not advance the stream, for attributes of an entity
 *       (a casualty's triage class, length of stay), so the same entity keeps its attributes whatever
 *       else happened before it.</li>
 * </ul>
 */
public final class RandomStream {
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private final String name;
    private final long seed;
    private long state;

    RandomStream(String name, long seed) {
        this.name = name;
        this.seed = seed;
        this.state = seed;
    }

    public String name() {
        return name;
    }

    public long seed() {
        return seed;
    }

    // ---------------------------------------------------------------------------------------------
    // sequential draws

    /** The next 64 random bits. */
    public long nextLong() {
        return StableHash.mix64(state += GOLDEN);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return boundedInt(nextLong(), bound);
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** True with probability p. */
    public boolean bernoulli(double p) {
        return nextDouble() < p;
    }

    /** Exponential with the given mean. */
    public double exponential(double mean) {
        return exponentialOf(nextDouble(), mean);
    }

    /** Standard normal (Box-Muller; uses two draws). */
    public double normal() {
        return normalOf(nextDouble(), nextDouble());
    }

    /** Normal with mean and standard deviation. */
    public double normal(double mean, double sd) {
        return mean + sd * normal();
    }

    /** Log-normal whose underlying normal has parameters mu and sigma. */
    public double logNormal(double mu, double sigma) {
        return StrictMath.exp(mu + sigma * normal());
    }

    /** Triangular on [lo, hi] with the given mode. */
    public double triangular(double lo, double mode, double hi) {
        return triangularOf(nextDouble(), lo, mode, hi);
    }

    /**
     * Poisson with mean lambda: inversion for small means, the PTRS transformed rejection of Hörmann
     * (1993) for means of 10 and more.
     */
    public int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 10) {
            return poissonByInversion(lambda, nextDouble());
        }
        double slam = StrictMath.sqrt(lambda);
        double loglam = StrictMath.log(lambda);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = nextDouble() - 0.5;
            double v = nextDouble();
            double us = 0.5 - StrictMath.abs(u);
            long k = (long) StrictMath.floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) {
                return (int) k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double lhs = StrictMath.log(v * invalpha / (a / (us * us) + b));
            double rhs = -lambda + k * loglam - logFactorial(k);
            if (lhs <= rhs) {
                return (int) k;
            }
        }
    }

    /**
     * Poisson with a small mean (below about 10) from one given uniform u in [0, 1), by inversion of the
     * distribution function (capped at 1,000).
     */
    public static int poissonByInversion(double lambda, double u) {
        double p = StrictMath.exp(-lambda);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 1000) {
            k++;
            p *= lambda / k;
            cdf += p;
        }
        return k;
    }

    // ---------------------------------------------------------------------------------------------
    // per-entity draws: pure functions of (seed, entity, draw index)

    /** 64 random bits for (entity, draw index); the stream's position is not changed. */
    public long entityBits(long entityId, int drawIndex) {
        long x = StableHash.mix64(seed ^ StableHash.mix64(entityId + GOLDEN));
        return StableHash.mix64(x + (drawIndex + 1L) * 0xd1b54a32d192ed03L);
    }

    /** Uniform in [0, 1) for (entity, draw index). */
    public double entityUniform(long entityId, int drawIndex) {
        return (entityBits(entityId, drawIndex) >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform integer in [0, bound) for (entity, draw index). */
    public int entityInt(long entityId, int drawIndex, int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return boundedInt(entityBits(entityId, drawIndex), bound);
    }

    /** Exponential with the given mean for (entity, draw index). */
    public double entityExponential(long entityId, int drawIndex, double mean) {
        return exponentialOf(entityUniform(entityId, drawIndex), mean);
    }

    /** Standard normal for (entity, draw index); uses the sub-draws 2*i and 2*i+1 internally. */
    public double entityNormal(long entityId, int drawIndex) {
        long b1 = entityBits(entityId, drawIndex);
        long b2 = StableHash.mix64(b1 ^ 0x2545f4914f6cdd1dL);
        return normalOf((b1 >>> 11) * DOUBLE_UNIT, (b2 >>> 11) * DOUBLE_UNIT);
    }

    /** Triangular on [lo, hi] with the given mode for (entity, draw index). */
    public double entityTriangular(long entityId, int drawIndex, double lo, double mode, double hi) {
        return triangularOf(entityUniform(entityId, drawIndex), lo, mode, hi);
    }

    // ---------------------------------------------------------------------------------------------

    private static int boundedInt(long bits, int bound) {
        // multiply-high on the top 32 bits: bias below 2^-32 per draw, acceptable for simulation
        return (int) (((bits >>> 32) * bound) >>> 32);
    }

    private static double exponentialOf(double u, double mean) {
        return -mean * StrictMath.log1p(-u);
    }

    private static double normalOf(double u1, double u2) {
        double r = StrictMath.sqrt(-2.0 * StrictMath.log1p(-u1));
        return r * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    private static double triangularOf(double u, double lo, double mode, double hi) {
        double f = (mode - lo) / (hi - lo);
        if (u < f) {
            return lo + StrictMath.sqrt(u * (hi - lo) * (mode - lo));
        }
        return hi - StrictMath.sqrt((1 - u) * (hi - lo) * (hi - mode));
    }

    private static double logFactorial(long k) {
        if (k < 2) {
            return 0;
        }
        if (k < 20) {
            double f = 0;
            for (long i = 2; i <= k; i++) {
                f += StrictMath.log(i);
            }
            return f;
        }
        double x = k + 1.0; // Stirling series for log Gamma(k + 1)
        return (x - 0.5) * StrictMath.log(x) - x + 0.5 * StrictMath.log(2 * StrictMath.PI)
            + 1.0 / (12 * x) - 1.0 / (360 * x * x * x);
    }

    @Override
    public String toString() {
        return "RandomStream[" + name + "]";
    }
}
