package nl.paraat.exercise.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 of a JVM that writes a journal as fast as it can, at seeded random moments, several times on
 * the same journal: after each kill the recovered journal holds every record the child acknowledged,
 * with the content it was acknowledged for, and nothing out of order.
 */
class JournalCrashIT {
    @TempDir
    Path dir;

    @Test
    void killedWriterLosesNoAcknowledgedRecord() throws Exception {
        Path f = dir.resolve("crash.jsonl");
        SplittableRandom rnd = new SplittableRandom(20_261_123);
        Map<Long, String> acked = new TreeMap<>();
        int kills = 5;
        for (int round = 0; round < kills; round++) {
            long delayMs = 100 + rnd.nextInt(400);
            List<String> lines = runAndKill(f, round, delayMs);
            int before = acked.size();
            for (String l : lines) {
                String[] p = l.split(" ");
                if (p.length == 4 && p[0].equals("ack")) {
                    acked.put(Long.parseLong(p[1]), p[2] + " " + p[3]);
                }
            }
            assertTrue(acked.size() > before, "round " + round + " acknowledged records before the kill");

            JournalContents c = JournalReader.read(f, Fixtures.expectation()); // replay mode: no change
            JournalRecovery.Recovered r = JournalRecovery.prepareToAppend(f, Fixtures.expectation());
            assertEquals(c.records(), r.contents().records());
            List<JournalRecord> records = r.contents().records();
            for (Map.Entry<Long, String> e : acked.entrySet()) {
                long seq = e.getKey();
                assertTrue(seq <= records.size(), "acknowledged seq " + seq + " lost; journal has "
                    + records.size() + " records (round " + round + ")");
                JournalRecord rec = records.get((int) seq - 1);
                assertEquals(e.getValue(), rec.actor() + " " + rec.params().get("n").intValue(),
                    "seq " + seq + " holds what was acknowledged");
            }
            for (int i = 0; i < records.size(); i++) {
                assertEquals(i + 1, records.get(i).seq());
            }
        }
    }

    private static List<String> runAndKill(Path f, int round, long delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
            JournalCrashChild.class.getName(), f.toString(), "4", Integer.toString(round));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
                for (String l; (l = in.readLine()) != null;) {
                    if (!l.equals("ready")) {
                        lines.add(l);
                        ready.countDown(); // the first acknowledgement: the kill delay starts from here
                    }
                }
            } catch (java.io.IOException e) {
                // the child died: what was read is what was acknowledged
            }
        });
        reader.start();
        assertTrue(ready.await(60, TimeUnit.SECONDS), "child acknowledged a first record");
        Thread.sleep(delayMs);
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        return lines;
    }
}
