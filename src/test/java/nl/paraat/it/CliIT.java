package nl.paraat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar target/paraat.jar ...} from another directory. */
class CliIT {
    private static final Pattern BENCH_LINE =
        Pattern.compile("engine_events_per_s=\\d+ baseline_events_per_s=\\d+ ratio=\\d+\\.\\d{2}");
    private static Path jar;

    @TempDir
    Path elsewhere;

    /** What a run printed. */
    record Run(int exit, String out, String err) {
        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    @BeforeAll
    static void findJar() {
        String p = System.getProperty("paraat.jar");
        assertTrue(p != null && Files.isRegularFile(Path.of(p)), "paraat.jar not built: " + p);
        jar = Path.of(p).toAbsolutePath();
    }

    @Test
    void helpWorksFromAnotherWorkingDirectory() throws Exception {
        Run r = paraat("--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Usage: paraat"), r.out());
        assertTrue(r.out().contains("bench"), "subcommands are listed");
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Run r = paraat("--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().strip().matches("paraat \\d+\\.\\d+\\.\\d+.*"), r.out());
    }

    @Test
    void benchEngineEndsWithTheMachineReadableLine() throws Exception {
        Run r = paraat("bench", "engine", "--events", "20000", "--pending", "1000", "--rounds", "1", "--warmup", "0");
        assertEquals(0, r.exit(), r.err());
        assertTrue(BENCH_LINE.matcher(r.lastLine()).matches(), "last line: " + r.lastLine());
    }

    @Test
    void anUnknownCommandFailsWithoutAStackTrace() throws Exception {
        Run r = paraat("no-such-command");
        assertNotEquals(0, r.exit());
        assertNoStackTrace(r);
        assertTrue(r.err().contains("no-such-command"), "names what it did not understand: " + r.err());
    }

    @Test
    void aBadOptionValueIsOneClearLine() throws Exception {
        Run r = paraat("bench", "engine", "--events", "0");
        assertEquals(1, r.exit());
        assertNoStackTrace(r);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("paraat: "), r.err());
    }

    private static void assertNoStackTrace(Run r) {
        String all = r.out() + r.err();
        assertFalse(all.contains("\tat ") || all.contains("Exception"), "no stack trace or exception name: " + all);
    }

    private Run paraat(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        Path errFile = elsewhere.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).directory(elsewhere.toFile())
            .redirectError(errFile.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("paraat did not finish: " + cmd);
        }
        return new Run(p.exitValue(), out, Files.readString(errFile, StandardCharsets.UTF_8));
    }
}
