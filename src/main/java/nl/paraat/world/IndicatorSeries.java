package nl.paraat.world;

import java.util.Arrays;

/**
 * The sampled series (at least hourly) of one indicator in one scope: a live view on the world's primitive
 * sample store. {@link #valueAt(long)} gives the last sample at or before t (NaN if none), for reporting delays.
 */
public final class IndicatorSeries {
    private final SeriesStore store;
    private final int series;

    IndicatorSeries(SeriesStore store, int series) {
        this.store = store;
        this.series = series;
    }

    /** Sample times (a copy). */
    public long[] times() {
        return Arrays.copyOf(store.times(), store.count());
    }

    /** Sample values (a copy). */
    public double[] values() {
        return store.values(series);
    }

    public int size() {
        return store.count();
    }

    /** The last sample at or before t, NaN if there is none. */
    public double valueAt(long t) {
        long[] times = store.times();
        int i = Arrays.binarySearch(times, 0, store.count(), t);
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? Double.NaN : store.value(series, i);
    }

    /** The newest sample, NaN if there is none. */
    public double last() {
        int n = store.count();
        return n == 0 ? Double.NaN : store.value(series, n - 1);
    }
}
