package nl.paraat.cli;

import nl.paraat.cli.bench.EngineBench;
import nl.paraat.cli.bench.WorldBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paraat bench ...}: the benchmarks that measure the performance targets of the issues. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks. The last line of each is machine-readable.",
    subcommands = {
        BenchCommand.Engine.class,
        BenchCommand.WorldModel.class,
    })
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code paraat bench engine}: the hold model on the engine against a plain PriorityQueue kernel. */
    @Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Hold model (10,000 pending events, delays 1..3600 s) on the Paraat engine "
            + "(cancel support and trace hash on) against a plain java.util.PriorityQueue baseline.")
    static final class Engine implements Runnable {
        @Option(names = "--events", defaultValue = "2000000", description = "Events per round (default ${DEFAULT-VALUE}).")
        long events;
        @Option(names = "--pending", defaultValue = "10000", description = "Pending events (default ${DEFAULT-VALUE}).")
        int pending;
        @Option(names = "--rounds", defaultValue = "7", description = "Measured rounds (default ${DEFAULT-VALUE}).")
        int rounds;
        @Option(names = "--warmup", defaultValue = "5", description = "Warm-up rounds (default ${DEFAULT-VALUE}).")
        int warmup;
        @Option(names = "--seed", defaultValue = "1", description = "Seed of the pre-drawn delays.")
        long seed;
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (events < 1 || pending < 1 || rounds < 1 || warmup < 0) {
                throw new UserError("--events, --pending and --rounds must be positive, --warmup not negative");
            }
            EngineBench.Result r = new EngineBench(pending, events, seed).run(warmup, rounds, spec.commandLine().getOut());
            spec.commandLine().getOut().println(r.line());
        }
    }

    /** {@code paraat bench world}: the whole world model under a stress pattern against the bare engine. */
    @Command(name = "world", mixinStandardHelpOptions = true,
        description = "30 simulated days of the world model (stress pattern, doctrine policy) against the bare "
            + "engine hold model in the same process.")
    static final class WorldModel implements Runnable {
        @Option(names = "--days", defaultValue = "30", description = "Simulated days (default ${DEFAULT-VALUE}).")
        int days;
        @Option(names = "--seed", defaultValue = "1", description = "Master seed (default ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--rounds", defaultValue = "15", description = "Measured rounds (default ${DEFAULT-VALUE}).")
        int rounds;
        @Option(names = "--warmup", defaultValue = "20", description = "Warm-up runs (default ${DEFAULT-VALUE}).")
        int warmup;
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (days < 1 || rounds < 1 || warmup < 0) {
                throw new UserError("--days and --rounds must be positive, --warmup not negative");
            }
            WorldBench.Result r = new WorldBench(days, seed).run(warmup, rounds, spec.commandLine().getOut());
            spec.commandLine().getOut().println(r.line());
        }
    }
}
