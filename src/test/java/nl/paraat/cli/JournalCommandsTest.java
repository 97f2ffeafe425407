package nl.paraat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paraat run --journal}, {@code replay}, {@code resume} and {@code fork} on a small scenario. */
class JournalCommandsTest {
    @TempDir
    Path dir;
    Path scenario;
    Path decisions;

    record Result(int code, String out, String err) {
        String last() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Result paraat(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] a = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = ParaatCli.run(a, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void files() throws IOException {
        scenario = dir.resolve("mini.json");
        Files.copy(Path.of("src/test/resources/scenarios/mini.json"), scenario);
        decisions = dir.resolve("decisions.jsonl");
        StringBuilder b = new StringBuilder();
        String[] roles = {"ghor", "rot"};
        for (int i = 0; i < 40; i++) {
            int minute = 5 + i * 11;
            String t = String.format("D%s %02d:%02d", minute / 60 < 2 ? "-1" : "+0", (22 + minute / 60) % 24, minute % 60);
            String role = roles[i % 2];
            String type = role.equals("ghor") ? "prioritise-vulnerable-care" : "deliver-generator-fuel";
            String params = role.equals("ghor") ? "{\"region\":\"vr-brabant-zuidoost\",\"hours\":" + (1 + i % 5) + ".5}"
                : "{\"region\":\"vr-brabant-zuidoost\",\"sector\":\"care\"}";
            b.append("{\"t\":\"").append(t).append("\",\"actor\":\"").append(role).append("\",\"type\":\"").append(type)
                .append("\",\"params\":").append(params).append("}\n");
        }
        b.append("{\"t\":\"D+0 03:00\",\"actor\":\"facilitator\",\"type\":\"inject.hold\",\"params\":{\"inject\":\"N1\"}}\n");
        Files.writeString(decisions, sortByTime(b.toString()));
    }

    private static String sortByTime(String lines) {
        List<String> l = lines.lines().sorted((a, b) -> Long.compare(order(a), order(b))).toList();
        return String.join("\n", l) + "\n";
    }

    private static long order(String line) {
        String t = line.substring(line.indexOf("\"t\":\"") + 5, line.indexOf("\",\"actor\""));
        long day = t.startsWith("D-1") ? -1 : 0;
        String hm = t.substring(t.indexOf(' ') + 1);
        return day * 1440 + Integer.parseInt(hm.substring(0, 2)) * 60 + Integer.parseInt(hm.substring(3));
    }

    private Path run(String name) {
        Path j = dir.resolve(name);
        Result r = paraat("run", scenario, "--seed", 11, "--decisions", decisions, "--journal", j);
        assertEquals(0, r.code(), r.err());
        return j;
    }

    @Test
    void replayPrintsTheRunsLastLine() {
        Result plain = paraat("run", scenario, "--seed", 11, "--decisions", decisions);
        Path j = dir.resolve("ex.jsonl");
        Result run = paraat("run", scenario, "--seed", 11, "--decisions", decisions, "--journal", j);
        assertEquals(plain.last(), run.last(), "journaling does not change the run");
        Result replay = paraat("replay", j);
        assertEquals(0, replay.code(), replay.err());
        assertEquals(run.last(), replay.last());
        assertTrue(replay.last().matches("events=\\d+ injects=\\d+ decisions=\\d+ trace=[0-9a-f]{16}"), replay.last());
        Result until = paraat("replay", j, "--until", "D+0 01:00");
        Result runUntil = paraat("run", scenario, "--seed", 11, "--decisions", decisions, "--until", "D+0 01:00");
        assertEquals(runUntil.last(), until.last());
    }

    @Test
    void replayOfACutJournalWarnsNamingTheLineAndLeavesItAlone() throws IOException {
        Path j = run("ex.jsonl");
        byte[] b = Files.readAllBytes(j);
        long lines = Files.readAllLines(j).size();
        Files.write(j, Arrays.copyOf(b, b.length - 7));
        String before = Files.readString(j);
        Result r = paraat("replay", j);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("line " + lines + ":"), r.err());
        assertEquals(before, Files.readString(j));
    }

    @Test
    void damagedMiddleLineIsRefusedNamingIt() throws IOException {
        Path j = run("ex.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(j));
        int mid = lines.size() / 2;
        lines.set(mid - 1, "{\"broken\": ");
        Files.write(j, lines);
        String before = Files.readString(j);
        Result r = paraat("replay", j);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("line " + mid + ":"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
        assertEquals(before, Files.readString(j));
    }

    @Test
    void journalOfAnotherScenarioVersionIsRefused() throws IOException {
        Path j = run("ex.jsonl");
        Files.writeString(scenario, Files.readString(scenario) + "\n");
        String before = Files.readString(j);
        Result r = paraat("replay", j);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("expected scenario sha256") && r.err().contains("found sha256"), r.err());
        Result resume = paraat("resume", j);
        assertEquals(1, resume.code());
        assertEquals(before, Files.readString(j));
        assertTrue(!Files.exists(dir.resolve("ex.jsonl.bak-1")));
    }

    @Test
    void emptyAndForeignFilesAreRefused() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        Result r = paraat("replay", empty);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("empty"), r.err());
        Result s = paraat("replay", scenario);
        assertEquals(1, s.code());
        assertTrue(s.err().contains("line 1:"), s.err());
    }

    /** A journal cut anywhere (a crash), resumed with its decisions file: the same result as one whole run. */
    @RepeatedTest(6)
    void resumeAfterACutGivesTheUninterruptedRun(RepetitionInfo info) throws IOException {
        SplittableRandom rnd = new SplittableRandom(17 * info.getCurrentRepetition());
        Result whole = paraat("run", scenario, "--seed", 11, "--decisions", decisions);
        Path j = run("ex.jsonl");
        byte[] b = Files.readAllBytes(j);
        int headerEnd = indexOf(b, (byte) '\n') + 1;
        int cut = headerEnd + 1 + rnd.nextInt(b.length - headerEnd - 1);
        Files.write(j, Arrays.copyOf(b, cut));
        Result r = paraat("resume", j, "--decisions", decisions);
        assertEquals(0, r.code(), r.err());
        assertEquals(whole.last(), r.last(), "cut at byte " + cut);
        assertTrue(Files.exists(dir.resolve("ex.jsonl.bak-1")));
        assertEquals(whole.last(), paraat("replay", j).last(), "the resumed journal replays to the same result");
    }

    @Test
    void resumeContinuesAStoppedRun() {
        Result whole = paraat("run", scenario, "--seed", 11, "--decisions", decisions);
        Path j = dir.resolve("ex.jsonl");
        assertEquals(0, paraat("run", scenario, "--seed", 11, "--decisions", decisions, "--journal", j,
            "--until", "D+0 01:30").code());
        Result r = paraat("resume", j, "--decisions", decisions);
        assertEquals(0, r.code(), r.err());
        assertEquals(whole.last(), r.last());
    }

    @Test
    void forkRecordsItsParentAndReplays() throws IOException {
        Path j = run("ex.jsonl");
        Path f = dir.resolve("fork.jsonl");
        Result r = paraat("fork", j, "--at", "D+0 01:00", "--out", f);
        assertEquals(0, r.code(), r.err());
        String header = Files.readAllLines(f).get(0);
        assertTrue(header.contains("\"fork\":{\"parent\":\"" + j + "\"") && header.contains("\"at\":\"D+0 01:00\""),
            header);
        assertEquals(r.last(), paraat("replay", f).last());
        Result rerun = paraat("run", scenario, "--seed", 11, "--decisions", decisions, "--until", "D+0 01:00");
        assertEquals(rerun.last().replaceAll(" trace=.*", ""),
            paraat("replay", f, "--until", "D+0 01:00").last().replaceAll(" trace=.*", ""));
        assertEquals(rerun.last(), paraat("replay", f, "--until", "D+0 01:00").last(), "the fork's past is the parent's");
        assertEquals(1, paraat("fork", j, "--at", "D+0 01:00", "--out", f).code(), "an existing journal is not overwritten");
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
