package nl.paraat.exercise.montecarlo;

import java.util.Arrays;

/**
 * Mean and 5th and 95th percentiles of a quantity over replications (NaN values, where the quantity did
 * not exist in a replication, are left out).
 *
 * @param n number of replications with a value
 */
public record Distribution(int n, double mean, double p5, double p95) {
    /** The distribution of the values, summed in the given (replication) order. */
    public static Distribution of(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) {
            return new Distribution(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        Arrays.sort(v);
        return new Distribution(v.length, sum / v.length, quantile(v, 0.05), quantile(v, 0.95));
    }

    /** Quantile of sorted values with linear interpolation between order statistics (Hyndman-Fan type 7). */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) StrictMath.floor(pos);
        int hi = StrictMath.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
