package nl.paraat.exercise.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongFunction;
import nl.paraat.exercise.journal.JournalException.Kind;

/**
 * Appends records to a journal with eager group commit.
 *
 * <p>{@link #append} and {@link #appendBatch} may be called from any number of threads. Each call takes
 * the next {@code seq} numbers under a lock and encodes its lines into the pending group, so the file
 * order is the order in which the writer accepted the records, and a batch is never split or interleaved.
 * One sync thread loops: take everything pending, write it, {@link FileChannel#force} it, complete the
 * futures of exactly those records, repeat. While one group is being synced the next one fills up;
 * there is no timer. A future completes only after its record's line, newline included, is on disk,
 * so an acknowledged record is never lost (as far as the disk honours fsync).
 *
 * <p>If a write or sync fails, the futures of that group and of everything after it fail with a
 * {@link JournalException} and the writer refuses further records: later records must never be
 * acknowledged after a gap.
 *
 * <p>Futures complete on the sync thread; attach only quick actions, or use the {@code ...Async}
 * variants.
 */
public final class JournalWriter implements AutoCloseable {
    /** How a group is synced. */
    public enum Sync {
        /** {@code force(false)}: file data and the metadata needed to read it back (fdatasync). */
        DATA,
        /** {@code force(true)}: data and all metadata (fsync). */
        ALL
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final LongFunction<String> timeFormat;
    private final Sync sync;
    private final Thread syncThread;

    private final Object mutex = new Object();
    private ByteArrayOutputStream pending = new ByteArrayOutputStream(8192);
    private List<Ack> pendingAcks = new ArrayList<>();
    private long nextSeq;
    private long lastTs = Long.MIN_VALUE;
    private long lastAfterEvents;
    private boolean closing;
    private JournalException failure;
    private long syncs;
    private long synced;

    private JournalWriter(Path file, FileChannel channel, FileLock lock, long nextSeq,
                          LongFunction<String> timeFormat, Sync sync) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.nextSeq = nextSeq;
        this.timeFormat = Objects.requireNonNull(timeFormat, "timeFormat");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.syncThread = new Thread(this::syncLoop, "journal-sync " + file.getFileName());
        this.syncThread.setDaemon(true);
        this.syncThread.start();
    }

    /**
     * Creates a new journal (the file must not exist), writes and syncs its header, and syncs the
     * directory so the file itself survives a power loss.
     *
     * @param timeFormat formats seconds since T0 as people read them ({@code D+1 08:00})
     */
    public static JournalWriter create(Path file, JournalHeader header, LongFunction<String> timeFormat, Sync sync) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = JournalRecovery.tryLock(ch, file);
            writeFully(ch, JournalCodec.encode(header));
            ch.force(true);
            syncDirectory(file);
            return new JournalWriter(file, ch, lock, 1, timeFormat, sync);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new JournalException(Kind.IO, file, 0, "journal " + file
                + " already exists; choose another file or resume it");
        } catch (IOException e) {
            closeQuietly(ch);
            throw new JournalException(Kind.IO, file, 0, "journal " + file + " cannot be created: "
                + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    /**
     * Continues a journal that was read (and, after a crash, recovered by {@link JournalRecovery}):
     * appends after its last complete line. Refuses if the file changed since it was read or still has
     * a torn end.
     */
    public static JournalWriter resume(JournalContents contents, LongFunction<String> timeFormat, Sync sync) {
        Path file = contents.file();
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            FileLock lock = JournalRecovery.tryLock(ch, file);
            long size = ch.size();
            if (size != contents.completeLength()) {
                lock.release();
                throw new JournalException(Kind.IO, file, 0, "journal " + file + " has " + size
                    + " bytes, expected " + contents.completeLength() + " (its last complete line): "
                    + "recover it first (paraat resume) or check that nothing else writes it");
            }
            JournalWriter w = new JournalWriter(file, ch, lock, contents.nextSeq(), timeFormat, sync);
            if (!contents.records().isEmpty()) {
                JournalRecord last = contents.records().get(contents.records().size() - 1);
                synchronized (w.mutex) {
                    w.lastTs = last.ts();
                    w.lastAfterEvents = last.afterEvents();
                }
            }
            return w;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new JournalException(Kind.IO, file, 0, "journal " + file + " cannot be opened for appending: "
                + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Accepts one record: gives it the next seq and queues it for the next group commit.
     *
     * @return completes with the record as written once it is synced; fails with a
     *     {@link JournalException} if it cannot be written
     */
    public CompletableFuture<JournalRecord> append(RecordDraft draft) {
        Ack ack = new Ack(1);
        synchronized (mutex) {
            checkOpen();
            checkOrder(List.of(draft));
            encode(draft, ack);
            pendingAcks.add(ack);
            mutex.notifyAll();
        }
        return ack.future.thenApply(list -> list.get(0));
    }

    /**
     * Accepts the records of one engine batch together: consecutive seqs, written and synced in the same
     * group. Records must not go back in time ({@code ts} and {@code afterEvents} never decrease); a batch
     * with one that does is refused as a whole.
     *
     * @return completes with the records as written once all of them are synced
     */
    public CompletableFuture<List<JournalRecord>> appendBatch(List<RecordDraft> drafts) {
        Ack ack = new Ack(drafts.size());
        synchronized (mutex) {
            checkOpen();
            checkOrder(drafts);
            for (RecordDraft d : drafts) {
                encode(d, ack);
            }
            pendingAcks.add(ack);
            mutex.notifyAll();
        }
        return ack.future;
    }

    /** Appends one record and waits until it is synced. */
    public JournalRecord appendAndWait(RecordDraft draft) {
        try {
            return append(draft).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof JournalException je) {
                throw je;
            }
            throw e;
        }
    }

    /** The seq the next accepted record gets. */
    public long nextSeq() {
        synchronized (mutex) {
            return nextSeq;
        }
    }

    /** Number of group commits (syncs) done so far. */
    public long syncs() {
        synchronized (mutex) {
            return syncs;
        }
    }

    /** Number of records synced so far. */
    public long syncedRecords() {
        synchronized (mutex) {
            return synced;
        }
    }

    /** Writes and syncs everything accepted, then closes the file. Idempotent. */
    @Override
    public void close() {
        synchronized (mutex) {
            closing = true;
            mutex.notifyAll();
        }
        boolean interrupted = false;
        while (syncThread.isAlive()) {
            try {
                syncThread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            if (channel.isOpen()) {
                lock.release();
            }
        } catch (IOException e) {
            // the channel closes below, which releases the lock anyway
        }
        closeQuietly(channel);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (mutex) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void checkOpen() {
        if (failure != null) {
            throw failure;
        }
        if (closing) {
            throw new IllegalStateException("journal " + file + " is closed");
        }
    }

    private void checkOrder(List<RecordDraft> drafts) {
        long ts = lastTs;
        long after = lastAfterEvents;
        for (RecordDraft d : drafts) {
            if (d.ts() < ts || d.afterEvents() < after) {
                throw new IllegalArgumentException("a record must not go back in time: ts " + d.ts() + " after "
                    + ts + ", afterEvents " + d.afterEvents() + " after " + after);
            }
            ts = d.ts();
            after = d.afterEvents();
        }
    }

    private void encode(RecordDraft d, Ack ack) {
        lastTs = d.ts();
        lastAfterEvents = d.afterEvents();
        JournalRecord r = new JournalRecord(timeFormat.apply(d.ts()), d.ts(), nextSeq, d.afterEvents(), d.actor(),
            d.type(), d.params(), d.outcome());
        byte[] line = JournalCodec.encode(r);
        nextSeq++;
        pending.writeBytes(line);
        ack.records.add(r);
    }

    private void syncLoop() {
        ByteArrayOutputStream spare = new ByteArrayOutputStream(8192);
        List<Ack> spareAcks = new ArrayList<>();
        while (true) {
            ByteArrayOutputStream group;
            List<Ack> acks;
            synchronized (mutex) {
                while (pendingAcks.isEmpty() && !closing) {
                    try {
                        mutex.wait();
                    } catch (InterruptedException e) {
                        // only close() ends this thread
                    }
                }
                if (pendingAcks.isEmpty()) {
                    return;
                }
                group = pending;
                acks = pendingAcks;
                pending = spare;
                pendingAcks = spareAcks;
            }
            try {
                writeFully(channel, group.toByteArray());
                channel.force(sync == Sync.ALL);
            } catch (IOException | RuntimeException e) {
                fail(acks, e);
                return;
            }
            int n = 0;
            for (Ack a : acks) {
                n += a.records.size();
            }
            synchronized (mutex) {
                syncs++;
                synced += n;
            }
            for (Ack a : acks) {
                a.future.complete(a.records);
            }
            group.reset();
            acks.clear();
            spare = group;
            spareAcks = acks;
        }
    }

    private void fail(List<Ack> group, Exception e) {
        JournalException f = new JournalException(Kind.IO, file, 0, "journal " + file
            + " could not be written: " + e.getMessage() + "; the commands not yet acknowledged were not saved", e);
        List<Ack> rest;
        synchronized (mutex) {
            failure = f;
            rest = pendingAcks;
            pendingAcks = new ArrayList<>();
        }
        for (Ack a : group) {
            a.future.completeExceptionally(f);
        }
        for (Ack a : rest) {
            a.future.completeExceptionally(f);
        }
    }

    private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    private static void syncDirectory(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return;
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // not every platform can sync a directory; the file's own sync still holds
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }

    /** The future of one append call and the records it covers. */
    private static final class Ack {
        final List<JournalRecord> records;
        final CompletableFuture<List<JournalRecord>> future = new CompletableFuture<>();

        Ack(int n) {
            records = new ArrayList<>(n);
        }
    }
}
