package nl.paraat.world;

import java.util.Arrays;

/** A FIFO of casualty cohorts waiting for a bed: (arrival time, count, military) in primitive ring arrays. */
final class CohortQueue {
    private long[] time = new long[16];
    private int[] count = new int[16];
    private boolean[] military = new boolean[16];
    private int head;
    private int size;
    private long total;

    void add(long t, int n, boolean mil) {
        if (n <= 0) {
            return;
        }
        if (size == time.length) {
            grow();
        }
        int i = (head + size) & (time.length - 1);
        time[i] = t;
        count[i] = n;
        military[i] = mil;
        size++;
        total += n;
    }

    long total() {
        return total;
    }

    int size() {
        return size;
    }

    long timeAt(int k) {
        return time[(head + k) & (time.length - 1)];
    }

    int countAt(int k) {
        return count[(head + k) & (time.length - 1)];
    }

    boolean militaryAt(int k) {
        return military[(head + k) & (time.length - 1)];
    }

    /** Removes up to n from the k-th cohort (which stays, possibly empty, until compacted). */
    void takeAt(int k, int n) {
        int i = (head + k) & (time.length - 1);
        count[i] -= n;
        total -= n;
    }

    /** Drops empty cohorts at the head. */
    void dropEmptyHead() {
        while (size > 0 && count[head] == 0) {
            head = (head + 1) & (time.length - 1);
            size--;
        }
    }

    /** Removes every empty cohort, keeping order. */
    void compact() {
        int n = 0;
        int len = time.length;
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (len - 1);
            if (count[i] > 0) {
                int j = (head + n) & (len - 1);
                time[j] = time[i];
                count[j] = count[i];
                military[j] = military[i];
                n++;
            }
        }
        size = n;
    }

    /** Patients whose wait at time now exceeds the given seconds. */
    long waitingLongerThan(long now, long seconds) {
        long s = 0;
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (time.length - 1);
            if (now - time[i] > seconds) {
                s += count[i];
            } else {
                break;
            }
        }
        return s;
    }

    private void grow() {
        int n = time.length * 2;
        long[] t = new long[n];
        int[] c = new int[n];
        boolean[] m = new boolean[n];
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (time.length - 1);
            t[k] = time[i];
            c[k] = count[i];
            m[k] = military[i];
        }
        time = t;
        count = c;
        military = m;
        head = 0;
    }

    @Override
    public String toString() {
        return "CohortQueue" + Arrays.toString(Arrays.copyOf(count, size));
    }
}
