package nl.paraat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sanity of the samplers: sample means and variances near the distribution's, within about five
 * standard errors (fixed seeds, so a pass is reproducible; a broken sampler misses by far more).
 */
class SamplingTest {
    private static final int N = 200_000;

    private static RandomStream stream(String name) {
        return new RandomStreams(20261123L, 0).stream(name);
    }

    /** Sample mean and variance. */
    private record Moments(double mean, double variance) {
        static Moments of(DoubleSupplier draw) {
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < N; i++) {
                double x = draw.getAsDouble();
                sum += x;
                sumSq += x * x;
            }
            double mean = sum / N;
            return new Moments(mean, sumSq / N - mean * mean);
        }
    }

    @Test
    void uniformDoublesLieInTheUnitIntervalWithTheRightMoments() {
        RandomStream s = stream("u");
        Moments m = Moments.of(() -> {
            double u = s.nextDouble();
            assertTrue(u >= 0 && u < 1);
            return u;
        });
        assertEquals(0.5, m.mean(), 0.004);
        assertEquals(1.0 / 12, m.variance(), 0.001);
        RandomStream r = stream("range");
        Moments range = Moments.of(() -> r.uniform(10, 20));
        assertEquals(15, range.mean(), 0.04);
    }

    @Test
    void boundedIntsAreUniform() {
        RandomStream s = stream("int");
        int bound = 10;
        long[] counts = new long[bound];
        for (int i = 0; i < N; i++) {
            counts[s.nextInt(bound)]++;
        }
        double expected = N / (double) bound;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        assertTrue(chi2 < 30, "chi-square with 9 degrees of freedom: " + chi2);
        assertThrows(IllegalArgumentException.class, () -> s.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> s.entityInt(1, 0, -3));
    }

    @Test
    void bernoulliHitsItsProbability() {
        RandomStream s = stream("bernoulli");
        Moments m = Moments.of(() -> s.bernoulli(0.3) ? 1 : 0);
        assertEquals(0.3, m.mean(), 0.006);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 60, 3 * 24 * 3600})
    void exponentialHasItsMean(double mean) {
        RandomStream s = stream("exp");
        Moments m = Moments.of(() -> s.exponential(mean));
        assertEquals(mean, m.mean(), mean * 0.012);
        assertEquals(mean * mean, m.variance(), mean * mean * 0.05);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 2.5, 9.9, 10, 42, 1000})
    void poissonHasMeanAndVarianceLambda(double lambda) {
        RandomStream s = stream("poisson");
        Moments m = Moments.of(() -> {
            int k = s.poisson(lambda);
            assertTrue(k >= 0);
            return k;
        });
        double se = Math.sqrt(lambda / N);
        assertEquals(lambda, m.mean(), 6 * se, "mean");
        assertEquals(lambda, m.variance(), lambda * 0.03, "variance");
    }

    @Test
    void poissonOfNothingIsZero() {
        RandomStream s = stream("poisson0");
        assertEquals(0, s.poisson(0));
        assertEquals(0, s.poisson(-1));
    }

    @Test
    void normalIsStandard() {
        RandomStream s = stream("normal");
        int[] inside = {0};
        Moments m = Moments.of(() -> {
            double z = s.normal();
            if (Math.abs(z) < 1.959964) {
                inside[0]++;
            }
            return z;
        });
        assertEquals(0, m.mean(), 0.012);
        assertEquals(1, m.variance(), 0.015);
        assertEquals(0.95, inside[0] / (double) N, 0.003);
        RandomStream t = stream("normal2");
        Moments shifted = Moments.of(() -> t.normal(100, 15));
        assertEquals(100, shifted.mean(), 0.2);
        assertEquals(225, shifted.variance(), 225 * 0.015);
    }

    @Test
    void logNormalHasItsMean() {
        RandomStream s = stream("lognormal");
        double mu = 1.0;
        double sigma = 0.5;
        Moments m = Moments.of(() -> s.logNormal(mu, sigma));
        assertEquals(StrictMath.exp(mu + sigma * sigma / 2), m.mean(), 0.02);
    }

    @Test
    void triangularStaysInItsRangeWithItsMean() {
        RandomStream s = stream("triangular");
        Moments m = Moments.of(() -> {
            double x = s.triangular(2, 3, 10);
            assertTrue(x >= 2 && x <= 10);
            return x;
        });
        assertEquals(5.0, m.mean(), 0.02);
        double variance = (4 + 9 + 100 - 6 - 20 - 30) / 18.0;
        assertEquals(variance, m.variance(), variance * 0.02);
    }

    @Test
    void entityDrawsHaveTheSameDistributions() {
        RandomStream s = stream("entities");
        long[] next = {0};
        Moments u = Moments.of(() -> s.entityUniform(next[0]++, 0));
        assertEquals(0.5, u.mean(), 0.004);
        assertEquals(1.0 / 12, u.variance(), 0.001);
        Moments e = Moments.of(() -> s.entityExponential(next[0]++, 1, 4.0));
        assertEquals(4.0, e.mean(), 0.05);
        Moments z = Moments.of(() -> s.entityNormal(next[0]++, 2));
        assertEquals(0, z.mean(), 0.012);
        assertEquals(1, z.variance(), 0.015);
        Moments t = Moments.of(() -> s.entityTriangular(next[0]++, 3, 0, 1, 2));
        assertEquals(1.0, t.mean(), 0.005);
        Moments draws = Moments.of(() -> s.entityUniform(42, (int) (next[0]++ % 1_000_000)));
        assertEquals(0.5, draws.mean(), 0.004, "draw indices of one entity are independent too");
    }
}
