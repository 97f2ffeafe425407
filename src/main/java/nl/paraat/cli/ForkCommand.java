package nl.paraat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.paraat.exercise.DecisionsFile;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.HeadlessRun;
import nl.paraat.exercise.TimedCommand;
import nl.paraat.exercise.journal.JournalContents;
import nl.paraat.exercise.journal.JournalException;
import nl.paraat.exercise.journal.JournalFork;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.exercise.journal.JournalWriter;
import nl.paraat.exercise.runtime.JournaledRun;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioTime;
import nl.paraat.world.WorldCatalog;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code paraat fork FILE --at D+d --out NEW [--decisions FILE]}: a what-if exercise from time T of an
 * existing journal, with other decisions from T on.
 */
@picocli.CommandLine.Command(name = "fork", mixinStandardHelpOptions = true,
    description = "Starts a new exercise from the state at --at of an existing journal (a new journal that records its "
        + "parent and T) and runs it headless with the decisions of --decisions from T on. Last line: "
        + "events=<n> injects=<n> decisions=<n> trace=<hex>.")
public final class ForkCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The parent journal (not changed).")
    Path file;

    @Option(names = "--at", required = true, paramLabel = "D-TIME", description = "The fork time, e.g. \"D+1 08:00\".")
    String at;

    @Option(names = "--out", required = true, paramLabel = "NEW", description = "The new journal (must not exist).")
    Path out;

    @Option(names = "--decisions", paramLabel = "FILE", description = "Decisions for the fork; those before --at are ignored.")
    Path decisions;

    @Option(names = "--until", paramLabel = "D-TIME", description = "Run the fork to this time (default: the end of the scenario).")
    String until;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        JournalContents parent = JournalScenario.read(file, spec.commandLine().getErr());
        JournalScenario s = JournalScenario.ofHeader(parent.header(), file);
        s.check(file, parent.header());
        Scenario scenario = s.scenario();
        ScenarioTime time = scenario.time();
        long atTs = UntilOption.parse(at, time);
        long end = until == null ? scenario.end() : UntilOption.parse(until, time);
        if (end < atTs) {
            throw new UserError("--until " + time.format(end) + " lies before --at " + time.format(atTs));
        }
        List<TimedCommand> next = new ArrayList<>();
        if (decisions != null) {
            DecisionsFile.Result r = DecisionsFile.read(decisions, scenario, WorldCatalog.standard());
            if (!r.ok()) {
                throw new UserError("the decisions file has problems:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), r.problems()));
            }
            r.commands().stream().filter(c -> c.time() >= atTs).forEach(next::add);
        }
        try {
            List<JournalRecord> copied = JournalFork.copied(parent, atTs);
            JournalWriter w = JournalFork.fork(parent, atTs, out, time::format, JournalWriter.Sync.DATA);
            Exercise ex = JournaledRun.rebuild(parent.header(), scenario, WorldCatalog.standard());
            try {
                JournaledRun.replay(out, ex, scenario).replayAll(copied);
            } catch (RuntimeException e) {
                w.close();
                throw e;
            }
            o.printf("fork of %s at %s: %d records taken over, %d new decisions, journal %s%n", file,
                time.format(atTs), copied.size(), next.size(), out);
            JournaledRun.run(ex, next, end, w);
            o.println(HeadlessRun.summaryLine(ex));
            o.flush();
            return 0;
        } catch (JournalException e) {
            throw new UserError(e.getMessage());
        }
    }
}
