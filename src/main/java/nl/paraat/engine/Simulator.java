package nl.paraat.engine;

import java.util.Arrays;

/**
 * The event queue and the clock.
 *
 * <p><b>Order.</b> Events run in the order (time, {@link Priority} class, sequence number). The sequence
 * number is a per-simulator counter given at scheduling, so among events at the same second and the
 * same priority class the one scheduled first runs first. This order is total: two runs that schedule
 * the same events in the same order execute them in the same order.
 *
 * <p><b>Implementation.</b> A 4-ary heap over primitive arrays, with no object per event
 * ({@code engine-research.md} measured a primitive binary heap at about 1.4x {@code java.util.PriorityQueue}).
 * Each entry is one key that packs time (33 bits: up to {@link #MAX_TIME}, about 272 years of seconds),
 * priority class (3 bits) and sequence number (27 bits), so the order is a single {@code long} comparison,
 * which the JIT compiles to branch-free selects when it picks the least of a node's four children; and a
 * slot in a parallel array. When the sequence number would pass 2^27 the pending events are renumbered
 * 0..n-1 in their current order, which never changes the order. Event data (type, key, payload) live in
 * slots that are recycled; a handle is the slot plus a generation, so a stale handle never cancels a later
 * event.
 * Cancel sets a flag; a cancelled event is dropped when it reaches the top, and the heap is compacted
 * when more than half of it is cancelled.
 *
 * <p><b>Trace hash.</b> A running 64-bit hash over (time, priority, type id, key) of every executed
 * event proves that two runs did the same thing.
 *
 * <p>Not thread-safe: one thread owns a simulator.
 */
public final class Simulator {
    /** Returned by {@link #peekTime()} when no event is pending. */
    public static final long NO_EVENT = Long.MAX_VALUE;
    /** A handle that never refers to an event. */
    public static final long NO_HANDLE = -1L;

    private static final int SEQ_BITS = 27;
    private static final int PRIO_BITS = 3;
    private static final int TIME_SHIFT = SEQ_BITS + PRIO_BITS;
    private static final long SEQ_LIMIT = 1L << SEQ_BITS;
    private final long seqLimit;
    /** The largest time an event may have: 2^33 - 1 seconds (about 272 years) after T0. */
    public static final long MAX_TIME = (1L << (63 - TIME_SHIFT)) - 1;
    private static final int MAX_SLOTS = 1 << 24;
    private static final long TRACE_SEED = 0x5041524141540001L; // "PARAAT" + version 1 of the hash

    // heap
    /** The heap: entry i has the key hKey[i] = time|priority|sequence (one long, so one comparison) and hSlot[i]. */
    private long[] hKey = new long[1024];
    private int[] hSlot = new int[1024];
    private int size;

    // slots
    private EventType[] sType = new EventType[1024];
    private long[] sKey = new long[1024];
    private Object[] sPayload = new Object[1024];
    /** Per slot: generation in the upper 30 bits, state in the lowest 2 (FREE, PENDING, CANCELLED). */
    private int[] sState = new int[1024];
    private int[] freeSlots = new int[1024];
    private int freeCount;
    private int slotsUsed;

    private int cancelledInHeap;
    private long seq;
    private long now;
    private long executed;
    private long trace = TRACE_SEED;

    public Simulator() {
        this(SEQ_LIMIT);
    }

    /** For tests: renumber after {@code seqLimit} scheduled events instead of 2^27. */
    Simulator(long seqLimit) {
        if (seqLimit < 1 || seqLimit > SEQ_LIMIT) {
            throw new IllegalArgumentException("seqLimit out of range: " + seqLimit);
        }
        this.seqLimit = seqLimit;
    }

    /** The current simulated time in seconds since T0. */
    public long now() {
        return now;
    }

    /** Number of events executed so far (cancelled events are not counted). */
    public long eventsExecuted() {
        return executed;
    }

    /** The running trace hash over every executed event. */
    public long traceHash() {
        return trace;
    }

    /** Number of pending (scheduled, not cancelled, not yet executed) events. */
    public int pending() {
        return size - cancelledInHeap;
    }

    /**
     * Schedules an event at an absolute time.
     *
     * @return a handle for {@link #cancel(long)}
     * @throws IllegalArgumentException if {@code time} lies before {@link #now()}
     */
    public long schedule(long time, Priority priority, EventType type, long key) {
        return schedule(time, priority, type, key, null);
    }

    /** As {@link #schedule(long, Priority, EventType, long)}, with a payload object handed to the handler. */
    public long schedule(long time, Priority priority, EventType type, long key, Object payload) {
        if (time < now || time > MAX_TIME) {
            throw badTime(time, type);
        }
        if (seq >= seqLimit) {
            renumber();
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
        sType[slot] = type;
        sKey[slot] = key;
        sPayload[slot] = payload;
        int state = sState[slot] | PENDING;
        sState[slot] = state;
        push((time << TIME_SHIFT) | ((long) priority.ordinal() << SEQ_BITS) | seq++, slot);
        return ((long) (state >>> 2) << 32) | slot;
    }

    /** Schedules an event {@code delay} seconds from now (delay must not be negative). */
    public long scheduleIn(long delay, Priority priority, EventType type, long key) {
        return schedule(now + delay, priority, type, key, null);
    }

    /** Schedules an event {@code delay} seconds from now with a payload. */
    public long scheduleIn(long delay, Priority priority, EventType type, long key, Object payload) {
        return schedule(now + delay, priority, type, key, payload);
    }

    /**
     * Cancels a pending event. A cancelled event never runs.
     *
     * @return true if the event was pending and is now cancelled; false if it already ran, was
     *     cancelled before, or the handle is unknown
     */
    public boolean cancel(long handle) {
        if (!isPending(handle)) {
            return false;
        }
        int slot = (int) handle;
        sState[slot] = (sState[slot] & ~3) | CANCELLED;
        sPayload[slot] = null;
        cancelledInHeap++;
        if (cancelledInHeap > 64 && cancelledInHeap * 2 > size) {
            compact();
        }
        return true;
    }

    /** True if the handle refers to an event that is still pending. */
    public boolean isPending(long handle) {
        if (handle < 0) {
            return false;
        }
        int slot = (int) handle;
        int gen = (int) (handle >>> 32);
        return slot < slotsUsed && sState[slot] == ((gen << 2) | PENDING);
    }

    /** The time of the next pending event, or {@link #NO_EVENT}. */
    public long peekTime() {
        dropCancelledTop();
        return size == 0 ? NO_EVENT : hKey[0] >>> TIME_SHIFT;
    }

    /**
     * Executes the next pending event.
     *
     * @return false if there was none
     */
    public boolean step() {
        dropCancelledTop();
        if (size == 0) {
            return false;
        }
        long k = hKey[0];
        long time = k >>> TIME_SHIFT;
        int prio = (int) (k >>> SEQ_BITS) & ((1 << PRIO_BITS) - 1);
        int slot = hSlot[0];
        pop();
        EventType type = sType[slot];
        long key = sKey[slot];
        Object payload = sPayload[slot];
        freeSlot(slot);
        now = time;
        executed++;
        long h = trace;
        h = (h ^ time) * 0x9e3779b97f4a7c15L;
        h = (h ^ prio ^ type.id()) * 0xbf58476d1ce4e5b9L;
        h = (h ^ key) * 0x94d049bb133111ebL;
        trace = Long.rotateLeft(h, 31);
        type.handler().onEvent(key, payload);
        return true;
    }

    /**
     * Executes every event at or before {@code time}, including those scheduled meanwhile, then sets the
     * clock to {@code time} (if it lies ahead).
     *
     * @return the number of events executed
     */
    public long runUntil(long time) {
        long before = executed;
        while (peekTime() <= time) {
            step();
        }
        if (time > now) {
            now = time;
        }
        return executed - before;
    }

    /** Executes events until none is pending. Returns the number executed. */
    public long runUntilEmpty() {
        long before = executed;
        while (step()) {
            // keep going
        }
        return executed - before;
    }

    /**
     * Moves the clock forward to {@code time} without executing anything.
     *
     * @throws IllegalStateException if an event is pending before {@code time}
     */
    public void advanceTo(long time) {
        if (peekTime() < time) {
            throw new IllegalStateException("cannot advance past a pending event at t=" + peekTime());
        }
        if (time > now) {
            now = time;
        }
    }

    /**
     * Mixes something that happened outside an event (a command applied between two events) into the
     * trace hash, so runs that differ only in such acts get different traces.
     */
    public void mixTrace(long kind, long value) {
        long h = trace;
        h = (h ^ now) * 0x9e3779b97f4a7c15L;
        h = (h ^ kind) * 0xbf58476d1ce4e5b9L;
        h = (h ^ value) * 0x94d049bb133111ebL;
        trace = Long.rotateLeft(h, 31);
    }

    // ---------------------------------------------------------------------------------------------
    // slots

    private static final int PENDING = 1;
    private static final int CANCELLED = 2;

    /** A slot never used before (the free list is empty). */
    private int newSlot() {
        if (slotsUsed == MAX_SLOTS) {
            throw new IllegalStateException("more than " + MAX_SLOTS + " events pending");
        }
        if (slotsUsed == sType.length) {
            int n = slotsUsed * 2;
            sType = Arrays.copyOf(sType, n);
            sKey = Arrays.copyOf(sKey, n);
            sPayload = Arrays.copyOf(sPayload, n);
            sState = Arrays.copyOf(sState, n);
        }
        return slotsUsed++;
    }

    private void freeSlot(int slot) {
        sPayload[slot] = null;
        sState[slot] = ((sState[slot] >>> 2) + 1) << 2; // next generation, FREE
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
    }

    private IllegalArgumentException badTime(long time, EventType type) {
        return new IllegalArgumentException("event " + type + " at t=" + time
            + (time < now ? " lies before now=" + now : " lies beyond the last time " + MAX_TIME));
    }

    // ---------------------------------------------------------------------------------------------
    // heap

    private void dropCancelledTop() {
        if (cancelledInHeap == 0) {
            return;
        }
        while (size > 0 && (sState[hSlot[0]] & 3) == CANCELLED) {
            int slot = hSlot[0];
            pop();
            cancelledInHeap--;
            freeSlot(slot);
        }
    }

    private void push(long key, int slot) {
        if (size == hKey.length) {
            hKey = Arrays.copyOf(hKey, size * 2);
            hSlot = Arrays.copyOf(hSlot, size * 2);
        }
        long[] hk = hKey;
        int[] hs = hSlot;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pk = hk[parent];
            if (key > pk) {
                break;
            }
            hk[i] = pk;
            hs[i] = hs[parent];
            i = parent;
        }
        hk[i] = key;
        hs[i] = slot;
    }

    private void pop() {
        int last = --size;
        if (last == 0) {
            return;
        }
        siftDown(0, hKey[last], hSlot[last], last);
    }

    /** Sift-down in the 4-ary heap: the four children of i are 4i+1..4i+4, adjacent in memory. */
    private void siftDown(int start, long key, int slot, int n) {
        long[] hk = hKey;
        int[] hs = hSlot;
        int i = start;
        while (true) {
            int c = 4 * i + 1;
            if (c >= n) {
                break;
            }
            int best = c;
            long bk = hk[c];
            if (c + 3 < n) {
                long k1 = hk[c + 1];
                long k2 = hk[c + 2];
                long k3 = hk[c + 3];
                int b01 = k1 < bk ? c + 1 : c;
                long m01 = StrictMath.min(k1, bk);
                int b23 = k3 < k2 ? c + 3 : c + 2;
                long m23 = StrictMath.min(k2, k3);
                best = m23 < m01 ? b23 : b01;
                bk = StrictMath.min(m01, m23);
            } else {
                for (int k = c + 1; k < n; k++) {
                    if (hk[k] < bk) {
                        bk = hk[k];
                        best = k;
                    }
                }
            }
            if (key < bk) {
                break;
            }
            hk[i] = bk;
            hs[i] = hs[best];
            i = best;
        }
        hk[i] = key;
        hs[i] = slot;
    }

    /**
     * Gives the pending events new sequence numbers 0..n-1 in their current order, so the counter can
     * go on without wrapping (every 2^27 scheduled events; the order of events never changes).
     */
    private void renumber() {
        int n = size;
        long[] keys = new long[n];
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = hKey[0];
            slots[i] = hSlot[0];
            pop();
        }
        long seqMask = SEQ_LIMIT - 1;
        for (int i = 0; i < n; i++) {
            hKey[i] = (keys[i] & ~seqMask) | i;
            hSlot[i] = slots[i];
        }
        size = n; // sorted ascending: already a heap
        seq = n;
    }

    /** Removes every cancelled entry and rebuilds the heap (Floyd), keeping the same order. */
    private void compact() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            int slot = hSlot[i];
            if ((sState[slot] & 3) == CANCELLED) {
                freeSlot(slot);
            } else {
                hKey[n] = hKey[i];
                hSlot[n] = slot;
                n++;
            }
        }
        size = n;
        cancelledInHeap = 0;
        for (int i = (n - 2) >>> 2; n > 1 && i >= 0; i--) {
            siftDown(i, hKey[i], hSlot[i], n);
        }
    }
}
