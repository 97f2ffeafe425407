package nl.paraat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.HeadlessRun;
import nl.paraat.exercise.journal.JournalContents;
import nl.paraat.exercise.journal.JournalException;
import nl.paraat.exercise.runtime.JournaledRun;
import nl.paraat.scenario.ScenarioTime;
import nl.paraat.world.WorldCatalog;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paraat replay FILE [--until D+d]}: rebuilds an exercise from its journal, read-only. */
@picocli.CommandLine.Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Rebuilds an exercise from its journal (the file is never changed) and prints, as the last line, "
        + "events=<n> injects=<n> decisions=<n> trace=<hex>: the same line as the run that wrote it.")
public final class ReplayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The journal.")
    Path file;

    @Option(names = "--until", paramLabel = "D-TIME", description = "Rebuild up to this time, e.g. D+1 or \"D+0 05:00\" "
        + "(default: where the journal ends).")
    String until;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        JournalContents c = JournalScenario.read(file, spec.commandLine().getErr());
        JournalScenario s = JournalScenario.ofHeader(c.header(), file);
        s.check(file, c.header());
        ScenarioTime time = s.scenario().time();
        long end = until == null ? c.lastTime() : UntilOption.parse(until, time);
        Exercise ex = JournaledRun.rebuild(c.header(), s.scenario(), WorldCatalog.standard());
        int applied;
        try {
            applied = JournaledRun.replay(file, ex, s.scenario()).replayUntil(c.records(), end);
        } catch (JournalException e) {
            throw new UserError(e.getMessage());
        }
        out.printf("replayed %d of %d records of %s (scenario %s, seed %d) to %s%n", applied, c.records().size(), file,
            s.scenario().meta().id(), c.header().seed(), time.format(ex.now()));
        out.println(HeadlessRun.summaryLine(ex));
        out.flush();
        return 0;
    }
}
