package nl.paraat.exercise.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalWriterTest {
    @TempDir
    Path dir;

    @Test
    void twentyProducersEveryAcknowledgedRecordOnceInAcceptanceOrder() throws Exception {
        int threads = 20;
        int each = 1000;
        Path f = dir.resolve("ex.jsonl");
        long[][] seqOf = new long[threads][each];
        AtomicReference<Throwable> error = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        long syncs;
        try (JournalWriter w = JournalWriter.create(f, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.DATA)) {
            List<Thread> producers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread p = new Thread(() -> {
                    try {
                        start.await();
                        List<CompletableFuture<JournalRecord>> open = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            // a few records in flight per producer, then wait: like clients awaiting acks
                            // all at one point of the event sequence: concurrent clients never go back in time
                            open.add(w.append(Fixtures.draft(86_400, 7, "p" + id, i)));
                            if (open.size() == 4 || i == each - 1) {
                                for (CompletableFuture<JournalRecord> c : open) {
                                    JournalRecord r = c.join();
                                    seqOf[id][r.params().get("n").intValue()] = r.seq();
                                }
                                open.clear();
                            }
                        }
                    } catch (Throwable e) {
                        error.compareAndSet(null, e);
                    }
                });
                p.start();
                producers.add(p);
            }
            start.countDown();
            for (Thread p : producers) {
                p.join();
            }
            syncs = w.syncs();
            assertEquals((long) threads * each, w.syncedRecords());
        }
        if (error.get() != null) {
            throw new AssertionError(error.get());
        }
        JournalContents c = JournalReader.read(f, Fixtures.expectation());
        assertEquals(threads * each, c.records().size());
        boolean[] seen = new boolean[threads * each + 1];
        for (int t = 0; t < threads; t++) {
            long prev = 0;
            for (int i = 0; i < each; i++) {
                long s = seqOf[t][i];
                assertTrue(s > prev, "a producer's records are in its submission order");
                prev = s;
                JournalRecord r = c.records().get((int) s - 1);
                assertEquals("p" + t, r.actor(), "seq " + s + " holds the record it was acknowledged for");
                assertEquals(i, r.params().get("n").intValue());
                assertTrue(!seen[(int) s], "exactly once");
                seen[(int) s] = true;
            }
        }
        assertTrue(syncs < threads * each, "records were grouped: " + syncs + " syncs");
    }

    @Test
    void acknowledgedRecordIsReadableByAFreshReader() {
        Path f = dir.resolve("ex.jsonl");
        try (JournalWriter w = JournalWriter.create(f, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.DATA)) {
            for (int i = 0; i < 30; i++) {
                JournalRecord r = w.appendAndWait(Fixtures.draft(86_400 + i, i, "ghor", i));
                JournalContents c = JournalReader.read(f, Fixtures.expectation());
                assertEquals(r.seq(), c.records().size(), "acknowledged record " + r.seq() + " is in the file");
                assertEquals(r, c.records().get(c.records().size() - 1));
                assertTrue(c.warnings().isEmpty());
            }
        }
    }

    @Test
    void aBatchIsOneGroupWithConsecutiveSeqs() {
        Path f = dir.resolve("ex.jsonl");
        try (JournalWriter w = JournalWriter.create(f, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.ALL)) {
            w.appendAndWait(Fixtures.draft(86_400, 0, "ghor", 0));
            long before = w.syncs();
            List<RecordDraft> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                batch.add(Fixtures.draft(86_400 + 5, 10, "roaz-noord", i));
            }
            List<JournalRecord> written = w.appendBatch(batch).join();
            assertEquals(before + 1, w.syncs(), "one sync for the batch");
            for (int i = 0; i < 50; i++) {
                assertEquals(i + 2, written.get(i).seq());
            }
        }
        assertEquals(51, JournalReader.read(f, Fixtures.expectation()).records().size());
    }

    @Test
    void startAndEndAreRecordsToo() {
        Path f = dir.resolve("ex.jsonl");
        try (JournalWriter w = JournalWriter.create(f, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.DATA)) {
            w.append(new RecordDraft(0, 0, "facilitator", JournalRecord.START, null, Outcome.ACCEPTED));
            w.append(Fixtures.draft(86_400, 40, "ghor", 1));
            w.append(new RecordDraft(172_800, 900, "facilitator", JournalRecord.ENDEX, null, Outcome.ACCEPTED));
        }
        List<JournalRecord> rs = JournalReader.read(f, Fixtures.expectation()).records();
        assertEquals(List.of(JournalRecord.START, "decision.test", JournalRecord.ENDEX),
            rs.stream().map(JournalRecord::type).toList());
        assertEquals("D+1 00:00", rs.get(2).t());
    }

    @Test
    void anOpenJournalCannotBeOpenedTwiceNorOverwritten() {
        Path f = dir.resolve("ex.jsonl");
        try (JournalWriter w = JournalWriter.create(f, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.DATA)) {
            w.appendAndWait(Fixtures.draft(86_400, 0, "ghor", 0));
            JournalContents c = JournalReader.read(f, Fixtures.expectation());
            assertEquals(JournalException.Kind.IN_USE, assertThrows(JournalException.class,
                () -> JournalWriter.resume(c, Fixtures.DTIME, JournalWriter.Sync.DATA)).kind());
            assertEquals(JournalException.Kind.IN_USE, assertThrows(JournalException.class,
                () -> JournalRecovery.prepareToAppend(f, Fixtures.expectation())).kind());
            assertTrue(assertThrows(JournalException.class, () -> JournalWriter.create(f, Fixtures.header(),
                Fixtures.DTIME, JournalWriter.Sync.DATA)).getMessage().contains("already exists"));
        }
    }

    @Test
    void resumeRefusesAFileThatChangedSinceItWasRead() throws Exception {
        Path f = Fixtures.journal(dir, "ex.jsonl", 3);
        JournalContents c = JournalReader.read(f, Fixtures.expectation());
        Files.write(f, new byte[] {'{'}, java.nio.file.StandardOpenOption.APPEND);
        JournalException e = assertThrows(JournalException.class,
            () -> JournalWriter.resume(c, Fixtures.DTIME, JournalWriter.Sync.DATA));
        assertTrue(e.getMessage().contains("recover it first"), e.getMessage());
    }

    @Test
    void recordsNeverGoBackInTime() {
        Path f = dir.resolve("ex.jsonl");
        try (JournalWriter w = JournalWriter.create(f, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.DATA)) {
            w.appendAndWait(Fixtures.draft(86_400, 10, "ghor", 0));
            assertThrows(IllegalArgumentException.class, () -> w.append(Fixtures.draft(86_399, 10, "ghor", 1)));
            assertThrows(IllegalArgumentException.class, () -> w.append(Fixtures.draft(86_400, 9, "ghor", 1)));
            assertThrows(IllegalArgumentException.class, () -> w.appendBatch(List.of(
                Fixtures.draft(86_500, 20, "ghor", 2), Fixtures.draft(86_450, 20, "ghor", 3))));
            assertEquals(2, w.appendAndWait(Fixtures.draft(86_400, 10, "ghor", 4)).seq(), "refused records took no seq");
        }
        assertEquals(2, JournalReader.read(f, Fixtures.expectation()).records().size());
    }

    @Test
    void appendAfterCloseIsRefused() {
        Path f = dir.resolve("ex.jsonl");
        JournalWriter w = JournalWriter.create(f, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.DATA);
        w.append(Fixtures.draft(86_400, 0, "ghor", 0));
        w.close();
        assertThrows(IllegalStateException.class, () -> w.append(Fixtures.draft(86_400, 0, "ghor", 1)));
        assertEquals(1, JournalReader.read(f, Fixtures.expectation()).records().size(), "close syncs what was accepted");
    }
}
