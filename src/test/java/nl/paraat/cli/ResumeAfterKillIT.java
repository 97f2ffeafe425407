package nl.paraat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.paraat.exercise.journal.JournalExpectation;
import nl.paraat.exercise.journal.JournalReader;
import nl.paraat.exercise.journal.JournalRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 of a child JVM in the middle of a scripted exercise that journals each command, after a seeded
 * random number of acknowledged commands; then {@code paraat resume}: every acknowledged command is still in the journal, and the result
 * (last line, trace hash included) equals an uninterrupted run's.
 */
class ResumeAfterKillIT {
    @TempDir
    Path dir;

    @Test
    void resumeAfterKillGivesTheUninterruptedRun() throws Exception {
        Path scenario = dir.resolve("mini.json");
        Files.copy(Path.of("src/test/resources/scenarios/mini.json"), scenario);
        Path decisions = dir.resolve("decisions.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) { // one every 72 s over the 8 h scenario (D-1 22:00 .. D+0 06:00)
            long s = 60 + i * 72L;
            long h = (22 + s / 3600) % 24;
            String t = String.format("D%s %02d:%02d:%02d", s / 3600 < 2 ? "-1" : "+0", h, s / 60 % 60, s % 60);
            b.append(i % 2 == 0
                ? "{\"t\":\"" + t + "\",\"actor\":\"ghor\",\"type\":\"prioritise-vulnerable-care\",\"params\":"
                    + "{\"region\":\"vr-brabant-zuidoost\",\"hours\":" + (1 + i % 7) + "}}\n"
                : "{\"t\":\"" + t + "\",\"actor\":\"rot\",\"type\":\"deliver-generator-fuel\",\"params\":"
                    + "{\"region\":\"vr-brabant-zuidoost\",\"sector\":\"care\"}}\n");
        }
        Files.writeString(decisions, b.toString().replace(":00\"", "\""));
        JournalCommandsTest.Result whole = JournalCommandsTest.paraat("run", scenario, "--seed", 5, "--decisions", decisions);
        assertEquals(0, whole.code(), whole.err());

        SplittableRandom rnd = new SplittableRandom(1_123);
        int killedMidway = 0;
        for (int round = 0; round < 3; round++) {
            Path j = dir.resolve("ex" + round + ".jsonl");
            List<String> out = runAndKill(scenario, decisions, j, 1 + rnd.nextInt(300));
            if (!Files.exists(j) || !out.contains("started")) {
                continue; // killed before the journal was there: nothing to resume
            }
            long lastAck = out.stream().filter(l -> l.startsWith("ack ")).mapToLong(l -> Long.parseLong(l.substring(4)))
                .max().orElse(0);
            if (!out.contains("done")) {
                killedMidway++;
            }
            List<JournalRecord> records = JournalReader.read(j, JournalExpectation.any()).records();
            assertTrue(records.size() >= lastAck, "acknowledged seq " + lastAck + " lost: " + records.size() + " records");
            JournalCommandsTest.Result r = JournalCommandsTest.paraat("resume", j, "--decisions", decisions);
            assertEquals(0, r.code(), r.err());
            assertEquals(whole.last(), r.last(), "round " + round + " (acknowledged up to seq " + lastAck + ")");
            assertEquals(whole.last(), JournalCommandsTest.paraat("replay", j).last());
        }
        assertEquals(3, killedMidway, "every kill landed in the middle of the run");
    }

    /** Runs the child and kills it as soon as it has acknowledged {@code killAfterAcks} commands. */
    private static List<String> runAndKill(Path scenario, Path decisions, Path journal, int killAfterAcks)
        throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
            JournaledRunChild.class.getName(), scenario.toString(), "5", decisions.toString(), journal.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch due = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                int acks = 0;
                for (String l; (l = in.readLine()) != null;) {
                    lines.add(l);
                    if (l.startsWith("ack ") && ++acks >= killAfterAcks || l.equals("done")) {
                        due.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // killed
            }
        });
        reader.start();
        due.await(60, TimeUnit.SECONDS);
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        return lines;
    }
}
