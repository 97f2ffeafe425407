package nl.paraat.world;

import java.util.Arrays;

/** Primitive storage of all indicator series: one shared time axis, one double array per series. */
final class SeriesStore {
    private long[] times = new long[256];
    private double[][] values;
    private int count;

    SeriesStore(int seriesCount) {
        values = new double[seriesCount][256];
    }

    int seriesCount() {
        return values.length;
    }

    /** Starts a new sample row at time t; fill it with {@link #set(int, double)}. */
    void begin(long t) {
        if (count == times.length) {
            int n = count * 2;
            times = Arrays.copyOf(times, n);
            for (int i = 0; i < values.length; i++) {
                values[i] = Arrays.copyOf(values[i], n);
            }
        }
        times[count++] = t;
    }

    void set(int series, double v) {
        values[series][count - 1] = v;
    }

    long[] times() {
        return times;
    }

    double[] values(int series) {
        return values[series];
    }

    int count() {
        return count;
    }
}
