package nl.paraat.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.paraat.world.WorldCatalog;

/** Test scenarios from src/test/resources/scenarios and a shared loader. */
public final class ScenarioFiles {
    public static final ScenarioLoader LOADER = new ScenarioLoader(WorldCatalog.standard());

    private ScenarioFiles() {
    }

    public static String text(String name) {
        try (InputStream in = ScenarioFiles.class.getResourceAsStream("/scenarios/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test scenario " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario load(String name) {
        ScenarioLoad l = LOADER.parse(name, text(name));
        if (!l.ok()) {
            throw new AssertionError("test scenario " + name + " does not load: " + l.problems());
        }
        return l.scenario();
    }
}
