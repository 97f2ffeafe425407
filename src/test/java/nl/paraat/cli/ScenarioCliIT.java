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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs target/paraat.jar: validate the shipped introduction scenario, reject a broken copy, run it twice. */
class ScenarioCliIT {
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
            "-jar", System.getProperty("paraat.jar", "target/paraat.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "paraat did not finish");
        return new Result(p.exitValue(), out);
    }

    @Test
    void validatesTheIntroductionScenario() throws Exception {
        Result r = paraat("validate", "scenarios/kennismaking.json");
        assertEquals(0, r.code(), r.out());
    }

    @Test
    void rejectsABrokenCopyWithFileLineColumnAndNoStackTrace() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of("scenarios/kennismaking.json"))
            .replaceFirst("\"recipients\": \\[\\s*\"nctv\"", "\"recipients\": [\"geen-bestaande-rol\""));
        Result r = paraat("validate", broken.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().matches("(?s).*broken\\.json:\\d+:\\d+: unknown role instance \"geen-bestaande-rol\".*"), r.out());
        assertFalse(r.out().contains("Exception") || r.out().matches("(?s).*\\bat (nl|java)\\..*"), r.out());
    }

    @Test
    void twoRunsWithTheSameSeedGiveTheSameLastLine() throws Exception {
        Result a = paraat("run", "scenarios/kennismaking.json", "--seed", "7", "--policy", "doctrine");
        Result b = paraat("run", "scenarios/kennismaking.json", "--seed", "7", "--policy", "doctrine");
        assertEquals(0, a.code(), a.out());
        assertTrue(a.lastLine().matches("events=\\d+ injects=\\d+ decisions=\\d+ trace=[0-9a-f]{16}"), a.lastLine());
        assertEquals(a.lastLine(), b.lastLine());
    }
}
