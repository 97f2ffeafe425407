package nl.paraat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoad;
import nl.paraat.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs target/paraat.jar: MSEL export then import (xlsx and csv), a broken sheet, and a 20-replication pre-play. */
class MselMonteCarloCliIT {
    @TempDir
    Path dir;

    private record Result(int code, String out) {
        String lastLine() {
            List<String> l = out.lines().toList();
            return l.isEmpty() ? "" : l.get(l.size() - 1);
        }
    }

    private static Result paraat(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-jar", System.getProperty("paraat.jar", "target/paraat.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "paraat did not finish");
        return new Result(p.exitValue(), out);
    }

    private Path testScenario(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.copy(Path.of("src/test/resources/scenarios", name), p);
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"m.xlsx", "m.csv"})
    void exportThenImportGivesTheSameInjects(String sheet) throws Exception {
        Path base = testScenario("mini.json");
        Path file = dir.resolve(sheet);
        Path back = dir.resolve("back.json");
        Result e = paraat("msel", "export", base.toString(), "--out", file.toString());
        assertEquals(0, e.code(), e.out());
        Result i = paraat("msel", "import", file.toString(), "--into", base.toString(), "--out", back.toString());
        assertEquals(0, i.code(), i.out());
        ScenarioLoader loader = ScenarioLoader.standard();
        Scenario before = loader.loadOrThrow(base);
        ScenarioLoad after = loader.load(back);
        assertTrue(after.ok(), after.problems().toString());
        assertEquals(before.injects(), after.scenario().injects());
        if (sheet.endsWith(".csv")) {
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(0xEF, bytes[0] & 0xff, "UTF-8 byte-order mark");
            assertTrue(new String(bytes, StandardCharsets.UTF_8).lines().findFirst().orElse("").contains(";"));
        }
    }

    @Test
    void aBrokenSheetIsReportedByRowAndColumnAndNothingIsWritten() throws Exception {
        Path base = testScenario("mini.json");
        Path csv = dir.resolve("m.csv");
        assertEquals(0, paraat("msel", "export", base.toString(), "--out", csv.toString()).code());
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("D-1 23:05", "morgenochtend");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Path out = dir.resolve("new.json");
        Result r = paraat("msel", "import", csv.toString(), "--into", base.toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains(csv + ":row 2, column \"Scenariotijd\": expected a time like"), r.out());
        assertFalse(Files.exists(out));
        assertFalse(r.out().contains("Exception"), r.out());
    }

    @Test
    void montecarloGivesTheSameChecksumOnOneAndTwoThreads() throws Exception {
        Path s = testScenario("prespel.json");
        Result one = paraat("montecarlo", s.toString(), "--reps", "20", "--threads", "1", "--policy", "mixed");
        Result two = paraat("montecarlo", s.toString(), "--reps", "20", "--threads", "2", "--policy", "mixed");
        assertEquals(0, one.code(), one.out());
        assertEquals(0, two.code(), two.out());
        String pattern = "reps=20 reps_per_s=\\d+\\.\\d\\d events_per_rep=\\d+ checksum=[0-9a-f]{16}";
        assertTrue(one.lastLine().matches(pattern), one.lastLine());
        assertTrue(two.lastLine().matches(pattern), two.lastLine());
        assertEquals(one.lastLine().replaceAll(".*checksum=", ""), two.lastLine().replaceAll(".*checksum=", ""));
        assertEquals(one.lastLine().replaceAll(".*events_per_rep=", ""), two.lastLine().replaceAll(".*events_per_rep=", ""));
        assertTrue(one.out().contains("injects that never fired: 0 of 3"), one.out());
    }
}
