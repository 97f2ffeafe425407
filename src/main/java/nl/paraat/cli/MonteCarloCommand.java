package nl.paraat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.paraat.exercise.montecarlo.MonteCarlo;
import nl.paraat.exercise.montecarlo.MonteCarloResult;
import nl.paraat.exercise.montecarlo.Policy;
import nl.paraat.exercise.montecarlo.StackSampler;
import nl.paraat.scenario.Scenario;
import nl.paraat.world.WorldCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paraat montecarlo SCENARIO --reps N --threads T [--policy doctrine|none|mixed]}: the pre-play. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
    description = "Monte Carlo pre-play: plays a scenario N times (replication r with seed streams (seed, r)) over T "
        + "threads and prints per objective and indicator the distribution (mean, p5, p95), the injects that never "
        + "fired, the peak inject load per role per hour and, as the last line, "
        + "reps=<n> reps_per_s=<x.xx> events_per_rep=<n> checksum=<16 hex>.")
public final class MonteCarloCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (or name of a shipped scenario).")
    String scenarioArg;

    @Option(names = "--reps", defaultValue = "100", description = "Replications (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default ${DEFAULT-VALUE}); "
        + "the results do not depend on it.")
    int threads;

    @Option(names = "--policy", defaultValue = "doctrine", paramLabel = "doctrine|none|mixed",
        description = "Who decides: the doctrine for every role, nobody, or mixed: per replication and decision "
            + "point (role, decision type) a seeded draw between the doctrine's decision and none "
            + "(default ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--profile", description = "Also print where the worker threads spend their time "
        + "(stack samples every 5 ms) to stderr.")
    boolean profile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (reps < 1 || threads < 1) {
            throw new UserError("--reps and --threads must be at least 1");
        }
        Policy p;
        try {
            p = Policy.of(policy);
        } catch (IllegalArgumentException e) {
            throw new UserError("--policy: " + e.getMessage());
        }
        Scenario scenario = ScenarioArgument.load(scenarioArg);
        MonteCarlo mc = new MonteCarlo(scenario, WorldCatalog.standard(), p, seed);
        StackSampler sampler = profile ? StackSampler.start("montecarlo-", 5) : null;
        MonteCarloResult result;
        try {
            result = mc.run(reps, threads);
        } finally {
            if (sampler != null) {
                sampler.stop();
            }
        }
        if (sampler != null) {
            PrintWriter err = spec.commandLine().getErr();
            sampler.print(err, 25);
            err.flush();
        }
        result.print(spec.commandLine().getOut());
        return 0;
    }
}
