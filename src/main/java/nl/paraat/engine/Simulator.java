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
 * <p><b>Implementation.</b> A binary heap over two parallel primitive arrays, with no object per event
 * ({@code engine-research.md} measured such a heap at about 1.4x {@code java.util.PriorityQueue}): the
 * time, and one long that packs the priority class (3 bits), the sequence number (36 bits, so a run may
 * schedule 68 billion events) and the slot (24 bits, so 16 million events may be pending at once).
 * Because the slot sits below the unique sequence number, comparing the packed long compares
 * (priority, sequence). Event data (type, key, payload) live in slots that are recycled; a handle is
 * the slot plus a generation, so a stale handle never cancels a later event.
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

    private static final int SLOT_BITS = 24;
    private static final int SEQ_BITS = 36;
    private static final int PRIO_SHIFT = SLOT_BITS + SEQ_BITS;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;
    private static final int MAX_SLOTS = 1 << SLOT_BITS;
    private static final long TRACE_SEED = 0x5041524141540001L; // "PARAAT" + version 1 of the hash

    // heap
    private long[] hTime = new long[1024];
    private long[] hOrd = new long[1024];
    private int size;

    // slots
    private EventType[] sType = new EventType[1024];
    private long[] sKey = new long[1024];
    private Object[] sPayload = new Object[1024];
    private int[] sGen = new int[1024];
    private boolean[] sCancelled = new boolean[1024];
    private int[] freeSlots = new int[1024];
    private int freeCount;
    private int slotsUsed;

    private int cancelledInHeap;
    private long seq;
    private long now;
    private long executed;
    private long trace = TRACE_SEED;

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
        if (time < now) {
            throw new IllegalArgumentException("event " + type + " at t=" + time + " lies before now=" + now);
        }
        int slot = allocSlot();
        sType[slot] = type;
        sKey[slot] = key;
        sPayload[slot] = payload;
        long ord = ((long) priority.ordinal() << PRIO_SHIFT) | ((seq++ & SEQ_MASK) << SLOT_BITS) | slot;
        push(time, ord);
        return ((long) sGen[slot] << 32) | slot;
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
        sCancelled[slot] = true;
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
        return slot < slotsUsed && sGen[slot] == gen && sType[slot] != null && !sCancelled[slot];
    }

    /** The time of the next pending event, or {@link #NO_EVENT}. */
    public long peekTime() {
        dropCancelledTop();
        return size == 0 ? NO_EVENT : hTime[0];
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
        long time = hTime[0];
        long ord = hOrd[0];
        int slot = (int) (ord & SLOT_MASK);
        pop();
        EventType type = sType[slot];
        long key = sKey[slot];
        Object payload = sPayload[slot];
        freeSlot(slot);
        now = time;
        executed++;
        long h = trace;
        h = (h ^ time) * 0x9e3779b97f4a7c15L;
        h = (h ^ (ord >>> PRIO_SHIFT) ^ type.id()) * 0xbf58476d1ce4e5b9L;
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

    private int allocSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == MAX_SLOTS) {
            throw new IllegalStateException("more than " + MAX_SLOTS + " events pending");
        }
        if (slotsUsed == sType.length) {
            int n = slotsUsed * 2;
            sType = Arrays.copyOf(sType, n);
            sKey = Arrays.copyOf(sKey, n);
            sPayload = Arrays.copyOf(sPayload, n);
            sGen = Arrays.copyOf(sGen, n);
            sCancelled = Arrays.copyOf(sCancelled, n);
        }
        return slotsUsed++;
    }

    private void freeSlot(int slot) {
        sType[slot] = null;
        sPayload[slot] = null;
        sCancelled[slot] = false;
        sGen[slot]++;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
    }

    // ---------------------------------------------------------------------------------------------
    // heap

    private void dropCancelledTop() {
        while (size > 0 && sCancelled[(int) (hOrd[0] & SLOT_MASK)]) {
            int slot = (int) (hOrd[0] & SLOT_MASK);
            pop();
            cancelledInHeap--;
            freeSlot(slot);
        }
    }

    private void push(long time, long ord) {
        if (size == hTime.length) {
            int n = size * 2;
            hTime = Arrays.copyOf(hTime, n);
            hOrd = Arrays.copyOf(hOrd, n);
        }
        long[] ht = hTime;
        long[] ho = hOrd;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long pt = ht[parent];
            if (time > pt || (time == pt && ord > ho[parent])) {
                break;
            }
            ht[i] = pt;
            ho[i] = ho[parent];
            i = parent;
        }
        ht[i] = time;
        ho[i] = ord;
    }

    private void pop() {
        int last = --size;
        if (last == 0) {
            return;
        }
        siftDown(0, hTime[last], hOrd[last], last);
    }

    private void siftDown(int start, long t, long o, int n) {
        long[] ht = hTime;
        long[] ho = hOrd;
        int i = start;
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                break;
            }
            long ct = ht[c];
            long co = ho[c];
            int r = c + 1;
            if (r < n) {
                long rt = ht[r];
                long ro = ho[r];
                if (rt < ct || (rt == ct && ro < co)) {
                    c = r;
                    ct = rt;
                    co = ro;
                }
            }
            if (t < ct || (t == ct && o < co)) {
                break;
            }
            ht[i] = ct;
            ho[i] = co;
            i = c;
        }
        ht[i] = t;
        ho[i] = o;
    }

    /** Removes every cancelled entry and rebuilds the heap (Floyd), keeping the same order. */
    private void compact() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            int slot = (int) (hOrd[i] & SLOT_MASK);
            if (sCancelled[slot]) {
                freeSlot(slot);
            } else {
                hTime[n] = hTime[i];
                hOrd[n] = hOrd[i];
                n++;
            }
        }
        size = n;
        cancelledInHeap = 0;
        for (int i = (n >>> 1) - 1; i >= 0; i--) {
            siftDown(i, hTime[i], hOrd[i], n);
        }
    }
}
