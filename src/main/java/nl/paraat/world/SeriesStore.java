package nl.paraat.world;

import java.util.Arrays;

/**
 * Primitive storage of all indicator series: one shared time axis and one row of doubles per sample (all series of
 * one hour side by side, so sampling writes sequentially).
 */
final class SeriesStore {
    private final int seriesCount;
    private long[] times = new long[256];
    private double[][] rows = new double[256][];
    private int count;

    SeriesStore(int seriesCount) {
        this.seriesCount = seriesCount;
    }

    int seriesCount() {
        return seriesCount;
    }

    /** Starts a new sample row at time t and returns it for filling. */
    double[] begin(long t) {
        if (count == times.length) {
            times = Arrays.copyOf(times, count * 2);
            rows = Arrays.copyOf(rows, count * 2);
        }
        times[count] = t;
        double[] row = new double[seriesCount];
        rows[count++] = row;
        return row;
    }

    long[] times() {
        return times;
    }

    double value(int series, int sample) {
        return rows[sample][series];
    }

    double[] values(int series) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = rows[i][series];
        }
        return v;
    }

    int count() {
        return count;
    }
}
