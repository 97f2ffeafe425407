package nl.paraat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.paraat.about.Version;
import nl.paraat.cli.bench.EngineBench;
import org.junit.jupiter.api.Test;

/** The command line in-process: exit codes and output, without starting a JVM. */
class ParaatCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ParaatCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionComesFromTheBuild() {
        assertEquals(0, run("--version"));
        assertEquals("paraat " + Version.get(), out.toString().strip());
        assertTrue(Version.get().matches("\\d+\\.\\d+\\.\\d+.*"), "filtered by Maven: " + Version.get());
    }

    @Test
    void noArgumentsAfterACommandPrintsItsUsage() {
        assertEquals(0, run("bench"));
        assertTrue(out.toString().contains("engine"));
    }

    @Test
    void aUserErrorIsOneLineAndExitCodeOne() {
        assertEquals(1, run("bench", "engine", "--rounds", "0"));
        assertEquals("paraat: --events, --pending and --rounds must be positive, --warmup not negative",
            err.toString().strip());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertNotEquals(0, run("frobnicate"));
        assertTrue(err.toString().contains("frobnicate"));
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void benchLineUsesTheRootLocaleFormat() {
        EngineBench.Result r = new EngineBench.Result(1234567.4, 1000000.6, 0x1234L);
        assertEquals("engine_events_per_s=1234567 baseline_events_per_s=1000001 ratio=1.23", r.line());
    }

    @Test
    void benchmarkRoundsAreDeterministic() {
        EngineBench bench = new EngineBench(100, 5000, 7);
        assertEquals(bench.engineRound(), bench.engineRound(), "the engine round is deterministic");
        assertEquals(bench.baselineRound(), bench.baselineRound());
    }
}
