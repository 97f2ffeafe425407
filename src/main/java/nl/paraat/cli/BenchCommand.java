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
        BenchCommand.Journal.class,
        BenchCommand.Runtime.class,
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
        @Option(names = "--warmup", defaultValue = "80", description = "Warm-up runs (default ${DEFAULT-VALUE}).")
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

    /** {@code paraat bench journal}: submit-to-acknowledgement latency of the group-commit journal alone. */
    @Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Client threads append commands to a synced journal (group commit) at a fixed total "
            + "rate and wait for each acknowledgement; reports the latency percentiles.")
    static final class Journal implements Runnable {
        @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds (default ${DEFAULT-VALUE}).")
        double seconds;
        @Option(names = "--threads", defaultValue = "20", description = "Client threads (default ${DEFAULT-VALUE}).")
        int threads;
        @Option(names = "--rate", defaultValue = "400", description = "Commands per second, all clients together (default ${DEFAULT-VALUE}).")
        double rate;
        @Option(names = "--sync", defaultValue = "data", description = "data (force(false)) or all (force(true)); default ${DEFAULT-VALUE}.")
        String sync;
        @Option(names = "--dir", description = "Directory for the journal (default: the system's temporary directory).")
        java.nio.file.Path dir;
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (seconds <= 0 || threads < 1 || rate <= 0) {
                throw new UserError("--seconds, --threads and --rate must be positive");
            }
            nl.paraat.exercise.journal.JournalWriter.Sync mode = switch (sync) {
                case "data" -> nl.paraat.exercise.journal.JournalWriter.Sync.DATA;
                case "all" -> nl.paraat.exercise.journal.JournalWriter.Sync.ALL;
                default -> throw new UserError("--sync must be data or all, not '" + sync + "'");
            };
            try {
                nl.paraat.exercise.journal.JournalBench.Result r =
                    nl.paraat.exercise.journal.JournalBench.run(dir, threads, rate, seconds, mode);
                java.io.PrintWriter out = spec.commandLine().getOut();
                out.printf(java.util.Locale.ROOT, "threads=%d sync=%s syncs=%d records_per_sync=%.2f max_ms=%.2f%n",
                    threads, sync, r.syncs(), r.records() / (double) Math.max(1, r.syncs()),
                    r.load().maxMillis());
                out.println(r.load().line());
            } catch (nl.paraat.exercise.journal.JournalException e) {
                throw new UserError(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError("interrupted");
            }
        }
    }

    /** {@code paraat bench runtime}: command latency and clock lag of a live exercise under load. */
    @Command(name = "runtime", mixinStandardHelpOptions = true,
        description = "Plays a scenario at --speed on the real clock for --seconds while --threads clients (one per role "
            + "console, round robin) send decisions at --rate per second in total; reports the latency from submitting "
            + "a command to its acknowledgement (applied and journal synced) and the clock's largest lag.")
    static final class Runtime implements Runnable {
        @Option(names = "--scenario", defaultValue = "artikel5", description = "Scenario file or shipped name (default ${DEFAULT-VALUE}).")
        String scenario;
        @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds (default ${DEFAULT-VALUE}).")
        double seconds;
        @Option(names = "--threads", defaultValue = "20", description = "Client threads (default ${DEFAULT-VALUE}).")
        int threads;
        @Option(names = "--rate", defaultValue = "200", description = "Commands per second, all clients together (default ${DEFAULT-VALUE}).")
        double rate;
        @Option(names = "--speed", defaultValue = "3600", description = "Simulated seconds per wall second (default ${DEFAULT-VALUE}).")
        double speed;
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (seconds <= 0 || threads < 1 || rate <= 0 || speed <= 0 || speed > 86_400) {
                throw new UserError("--seconds, --threads and --rate must be positive, --speed between 0 and 86400");
            }
            nl.paraat.scenario.Scenario s = JournalScenario.ofArgument(scenario).scenario();
            try {
                nl.paraat.exercise.runtime.RuntimeBench.Result r = nl.paraat.exercise.runtime.RuntimeBench.run(s,
                    nl.paraat.world.WorldCatalog.standard(), threads, rate, seconds, speed);
                java.io.PrintWriter out = spec.commandLine().getOut();
                out.printf(java.util.Locale.ROOT, "scenario=%s threads=%d speed=%.2f sim_seconds=%d max_ms=%.2f%n",
                    s.meta().id(), threads, speed, r.simSeconds(), r.load().maxMillis());
                out.println(r.line());
            } catch (nl.paraat.exercise.journal.JournalException e) {
                throw new UserError(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError("interrupted");
            }
        }
    }
}
