package nl.paraat.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 30 simulated days of the whole world (stress pattern, doctrine) in separate JVMs started from the packaged jar:
 * the same seed gives the same trace hash, another seed another one, and casualties are conserved.
 */
class WorldDeterminismIT {
    private static String run(long seed) throws IOException, InterruptedException {
        String jar = System.getProperty("paraat.jar", "target/paraat.jar");
        assertTrue(Files.exists(Path.of(jar)), "packaged jar " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar, "bench", "world", "--days", "30", "--seed",
            String.valueOf(seed), "--warmup", "0", "--rounds", "1")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bench finished");
        assertEquals(0, p.exitValue(), out);
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Test
    void sameSeedSameTraceInTwoJvms() throws Exception {
        String a = run(1);
        String b = run(1);
        String c = run(2);
        assertTrue(a.matches("events=\\d+ events_per_s=\\d+ sim_days_per_s=\\d+\\.\\d\\d engine_ratio=\\d+\\.\\d\\d "
            + "trace=[0-9a-f]{16} conserved=(true|false)"), a);
        assertNotNull(field(a, "trace"));
        assertEquals(field(a, "trace"), field(b, "trace"));
        assertEquals(field(a, "events"), field(b, "events"));
        assertNotEquals(field(a, "trace"), field(c, "trace"));
        assertEquals("true", field(a, "conserved"));
        assertEquals("true", field(c, "conserved"));
        assertTrue(Long.parseLong(field(a, "events")) <= 250_000, a);
    }
}
