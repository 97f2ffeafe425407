package nl.paraat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.paraat.scenario.Problem;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paraat validate FILE...}: checks scenario files and reports every problem at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks scenario files against the format and the world catalogue. Reports every problem as "
        + "file:line:column: message (at $.json.path). Exit 0 when all are valid, 1 otherwise.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (or names of shipped scenarios).")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (String f : files) {
            ScenarioLoad load = ScenarioArgument.loadResult(f);
            if (load.ok()) {
                Scenario s = load.scenario();
                out.printf(java.util.Locale.ROOT, "%s: ok (%d roles, %d phases, %d injects, %d objectives)%n", f,
                    s.roles().size(), s.phases().size(), s.injects().size(), s.objectives().size());
            } else {
                bad++;
                for (Problem p : load.problems()) {
                    err.println(p);
                }
                err.printf(java.util.Locale.ROOT, "%s: %d problem(s)%n", f, load.problems().size());
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? 0 : 1;
    }
}
