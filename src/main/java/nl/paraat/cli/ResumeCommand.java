package nl.paraat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.paraat.exercise.DecisionsFile;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.HeadlessRun;
import nl.paraat.exercise.TimedCommand;
import nl.paraat.exercise.journal.JournalContents;
import nl.paraat.exercise.journal.JournalException;
import nl.paraat.exercise.journal.JournalExpectation;
import nl.paraat.exercise.journal.JournalReader;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.exercise.journal.JournalRecovery;
import nl.paraat.exercise.journal.JournalWarning;
import nl.paraat.exercise.journal.JournalWriter;
import nl.paraat.exercise.journal.Outcome;
import nl.paraat.exercise.journal.RecordDraft;
import nl.paraat.exercise.runtime.ExerciseModel;
import nl.paraat.exercise.runtime.JournaledRun;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioTime;
import nl.paraat.world.WorldCatalog;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code paraat resume FILE [--until D+d] [--decisions FILE]}: recovers a journal after a crash or a stop
 * (backup, torn last line cut off with a warning), rebuilds the exercise by replay and continues the
 * headless run, appending to the same journal.
 */
@picocli.CommandLine.Command(name = "resume", mixinStandardHelpOptions = true,
    description = "Recovers a journal (keeps a backup FILE.bak-<n>, cuts off a torn last line), rebuilds the exercise "
        + "by replay and continues the headless run to --until, appending to the journal. Last line: "
        + "events=<n> injects=<n> decisions=<n> trace=<hex>.")
public final class ResumeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The journal.")
    Path file;

    @Option(names = "--until", paramLabel = "D-TIME", description = "Continue to this time (default: the end of the scenario).")
    String until;

    @Option(names = "--decisions", paramLabel = "FILE", description = "The decisions file the run was started with: "
        + "the decisions not yet in the journal are applied as the run goes on.")
    Path decisions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            JournalContents peek = JournalReader.read(file, new JournalExpectation(null, Version.get()));
            JournalScenario s = JournalScenario.ofHeader(peek.header(), file);
            s.check(file, peek.header());
            Scenario scenario = s.scenario();
            ScenarioTime time = scenario.time();
            if (JournalCommands.ended(peek.records())) {
                throw new UserError("journal " + file + ": the exercise was ended (ENDEX); use paraat fork to play on");
            }
            long end = until == null ? scenario.end() : UntilOption.parse(until, time);
            if (end < peek.lastTime()) {
                throw new UserError("--until " + time.format(end) + " lies before the end of the journal ("
                    + time.format(peek.lastTime()) + ")");
            }
            List<TimedCommand> rest = remaining(peek, scenario);
            JournalRecovery.Recovered r = JournalRecovery.prepareToAppend(file,
                new JournalExpectation(s.sha256(), Version.get()));
            for (JournalWarning w : r.warnings()) {
                err.println("paraat: warning: " + w.message() + "; cut off (backup kept: " + r.backup() + ")");
            }
            err.flush();
            Exercise ex = JournaledRun.rebuild(r.contents().header(), scenario, WorldCatalog.standard());
            JournaledRun.replay(file, ex, scenario).replayAll(r.contents().records());
            JournalWriter w = JournalWriter.resume(r.contents(), time::format, JournalWriter.Sync.DATA);
            w.append(new RecordDraft(ex.now(), ex.eventsExecuted(), "system", JournalRecord.RESUME, null,
                Outcome.ACCEPTED));
            out.printf("resumed %s at %s (%d records, backup %s)%n", file, time.format(ex.now()),
                r.contents().records().size(), r.backup().getFileName());
            JournaledRun.run(ex, rest, end, w);
            out.println(HeadlessRun.summaryLine(ex));
            out.flush();
            return 0;
        } catch (JournalException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The decisions of the file that the journal does not hold yet (checking that the rest match). */
    private List<TimedCommand> remaining(JournalContents journal, Scenario scenario) {
        if (decisions == null) {
            return List.of();
        }
        DecisionsFile.Result r = DecisionsFile.read(decisions, scenario, WorldCatalog.standard());
        if (!r.ok()) {
            throw new UserError("the decisions file has problems:" + System.lineSeparator()
                + String.join(System.lineSeparator(), r.problems()));
        }
        List<JournalRecord> done = JournaledRun.commands(journal.records());
        List<TimedCommand> all = r.commands();
        for (int i = 0; i < done.size(); i++) {
            JournalRecord j = done.get(i);
            if (i >= all.size() || !sameCommand(j, all.get(i))) {
                throw new UserError("the decisions file " + decisions + " does not fit journal " + file + ": line "
                    + (j.seq() + 1) + " of the journal holds " + j.type() + " by " + j.actor() + ", the file "
                    + (i >= all.size() ? "has no decision left" : "has " + all.get(i).command().type() + " by "
                    + all.get(i).command().actor() + " on line " + all.get(i).line()));
            }
        }
        return all.subList(done.size(), all.size());
    }

    private static boolean sameCommand(JournalRecord j, TimedCommand c) {
        return j.actor().equals(c.command().actor()) && j.type().equals(c.command().type())
            && ExerciseModel.toCore(new nl.paraat.exercise.runtime.Command(j.actor(), j.type(), j.params()))
                .params().equals(c.command().params());
    }
}
