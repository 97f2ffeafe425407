package nl.paraat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same model in separate JVMs gives the same trace hash: one interpreted only ({@code -Xint}) in
 * an English locale and UTC, one with the C1 compiler and another collector in a Dutch locale, Tokyo
 * time and Latin-1 default encoding, and this JVM itself.
 */
class EngineDeterminismIT {
    private static final long THIRTY_DAYS = 30L * 24 * 3600;
    private static final long[] SEEDS = {1, 42, 20261123};

    @Test
    void twoSeparateJvmsProduceTheSameTraces() throws Exception {
        List<String> here = new ArrayList<>();
        for (long seed : SEEDS) {
            here.add(ReferenceModel.run(seed, 0, THIRTY_DAYS).line());
        }
        List<String> first = runChild("-Xint", "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC");
        List<String> second = runChild("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=nl",
            "-Duser.country=NL", "-Duser.timezone=Asia/Tokyo", "-Dfile.encoding=ISO-8859-1");
        assertEquals(here, first, "interpreted child JVM");
        assertEquals(here, second, "C1-compiled child JVM");
    }

    private static List<String> runChild(String... jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmOptions));
        cmd.add("-cp");
        cmd.add(location(ReferenceModel.class) + File.pathSeparator + location(Simulator.class));
        cmd.add(ReferenceModel.class.getName());
        cmd.add("0");
        cmd.add(Long.toString(THIRTY_DAYS));
        for (long seed : SEEDS) {
            cmd.add(Long.toString(seed));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not finish: " + cmd);
        }
        assertEquals(0, p.exitValue(), "child JVM failed: " + out);
        return out.lines().filter(l -> l.startsWith("events=")).toList();
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
