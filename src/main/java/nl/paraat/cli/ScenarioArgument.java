package nl.paraat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.paraat.scenario.Problem;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoad;
import nl.paraat.scenario.ScenarioLoader;

/** Resolves a scenario named on the command line: a file, or the name of a shipped scenario. */
final class ScenarioArgument {
    private ScenarioArgument() {
    }

    /** Loads the scenario or throws a {@link UserError} listing every problem. */
    static Scenario load(String arg) {
        ScenarioLoad load = loadResult(arg);
        if (!load.ok()) {
            StringBuilder b = new StringBuilder("the scenario has problems:");
            for (Problem p : load.problems()) {
                b.append(System.lineSeparator()).append(p);
            }
            throw new UserError(b.toString());
        }
        return load.scenario();
    }

    static ScenarioLoad loadResult(String arg) {
        ScenarioLoader loader = ScenarioLoader.standard();
        Path p = Path.of(arg);
        if (Files.exists(p) || arg.contains("/") || arg.contains("\\")) {
            return loader.load(p);
        }
        ScenarioLoad shipped = loader.loadShipped(arg);
        return shipped.ok() || !shipped.problems().get(0).message().startsWith("no such shipped") ? shipped
            : loader.load(p);
    }
}
