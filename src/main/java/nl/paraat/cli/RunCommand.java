package nl.paraat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nl.paraat.exercise.ActionTally;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Command;
import nl.paraat.exercise.DecisionsFile;
import nl.paraat.exercise.Delivery;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.HeadlessRun;
import nl.paraat.exercise.TimedCommand;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioTime;
import nl.paraat.world.IndicatorDef;
import nl.paraat.world.IndicatorScope;
import nl.paraat.world.WorldCatalog;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paraat run SCENARIO --seed N ...}: plays a scenario headless and prints what happened. */
@picocli.CommandLine.Command(name = "run", mixinStandardHelpOptions = true,
    description = "Plays a scenario without a screen and prints the delivered injects, the expected-action tally, "
        + "the final national indicators and, as the last line, events=<n> injects=<n> decisions=<n> trace=<hex>.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (or name of a shipped scenario).")
    String scenarioArg;

    @Option(names = "--seed", required = true, description = "Master seed (replication 0).")
    long seed;

    @Option(names = "--decisions", paramLabel = "FILE",
        description = "Decisions as JSON Lines {\"t\":\"D+1 08:00\",\"actor\":ROLE,\"type\":DECISION,\"params\":{...}}; "
            + "the roles named there are played by persons.")
    Path decisions;

    @Option(names = "--policy", defaultValue = "doctrine", paramLabel = "doctrine|none",
        description = "Roles not played by a person: doctrine (automatic decisions) or none (default ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--until", paramLabel = "D-TIME", description = "Stop at this time, e.g. D+1 or \"D+0 05:00\" "
        + "(default: the end of the scenario).")
    String until;

    @Option(names = "--journal", paramLabel = "FILE", description = "Write the exercise journal to FILE (JSON Lines, "
        + "synced; the file must not exist yet). `paraat replay FILE` rebuilds the run from it.")
    Path journal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!"doctrine".equals(policy) && !"none".equals(policy)) {
            throw new UserError("--policy must be doctrine or none, not \"" + policy + "\"");
        }
        Scenario scenario = ScenarioArgument.load(scenarioArg);
        WorldCatalog catalog = WorldCatalog.standard();
        ScenarioTime time = scenario.time();
        long end = scenario.end();
        if (until != null) {
            try {
                end = time.parse(until);
            } catch (IllegalArgumentException e) {
                throw new UserError("--until: " + e.getMessage());
            }
            if (end < 0) {
                throw new UserError("--until " + until + " lies before the start of the scenario (" + time.format(0) + ")");
            }
        }
        List<TimedCommand> commands = new ArrayList<>();
        if (decisions != null) {
            DecisionsFile.Result r = DecisionsFile.read(decisions, scenario, catalog);
            if (!r.ok()) {
                throw new UserError("the decisions file has problems:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), r.problems()));
            }
            commands = r.commands();
        }
        TreeSet<String> persons = new TreeSet<>();
        commands.forEach(c -> {
            if (!Command.isControlActor(c.command().actor())) {
                persons.add(c.command().actor());
            }
        });
        Casting casting = Casting.forPolicy(scenario, persons, "doctrine".equals(policy));
        Exercise exercise = Exercise.create(scenario, seed, 0, casting, catalog);
        try {
            if (journal != null) {
                JournalCommands.run(scenarioArg, exercise, casting, seed, commands, end, journal);
            } else {
                HeadlessRun.run(exercise, commands, end);
            }
        } catch (IllegalStateException e) {
            throw new UserError("the decisions file does not fit this run: " + e.getMessage());
        }
        print(exercise, catalog, spec.commandLine().getOut());
        return 0;
    }

    private void print(Exercise e, WorldCatalog catalog, PrintWriter out) {
        Scenario s = e.scenario();
        ScenarioTime time = s.time();
        out.printf(Locale.ROOT, "scenario %s, seed %d, policy %s, %s to %s%n", s.meta().id(), seed, policy,
            time.format(0), time.format(e.now()));
        out.println("injects delivered:");
        for (Delivery d : e.deliveries()) {
            out.printf(Locale.ROOT, "  %-12s %-8s %-40s %s%n", time.format(d.time()), d.inject().id(),
                String.join(",", d.recipients()), d.inject().title().nl());
        }
        ActionTally t = e.tally();
        out.printf(Locale.ROOT, "expected actions: %d (%s)%n", t.total(), t);
        out.println("indicators (NL, true value at the end):");
        for (IndicatorDef def : catalog.indicators()) {
            if (def.scope() == IndicatorScope.NATIONAL) {
                double v = e.world().indicator(def.id(), "NL");
                out.printf(Locale.ROOT, "  %-36s %14.2f %s%n", def.id(), v, def.unit());
            }
        }
        out.println(HeadlessRun.summaryLine(e));
        out.flush();
    }
}
