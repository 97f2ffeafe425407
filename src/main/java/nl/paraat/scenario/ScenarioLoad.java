package nl.paraat.scenario;

import java.util.List;

/**
 * The result of loading a scenario file: the scenario, or the problems that stopped it (never both).
 *
 * @param scenario the scenario, or null when there are problems
 * @param problems every problem found, in file order
 */
public record ScenarioLoad(Scenario scenario, List<Problem> problems) {
    public ScenarioLoad {
        problems = List.copyOf(problems);
        if ((scenario == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load has either a scenario or problems");
        }
    }

    public boolean ok() {
        return scenario != null;
    }
}
