package nl.paraat.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Command;
import nl.paraat.exercise.DecisionsFile;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.journal.JournalWriter;
import nl.paraat.exercise.runtime.JournaledRun;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoader;
import nl.paraat.world.WorldCatalog;

/**
 * The child JVM of {@link ResumeAfterKillIT}: {@code paraat run SCENARIO --seed N --decisions FILE
 * --journal J} (doctrine policy), but acknowledging each command after its sync as the live runtime does,
 * and printing {@code ack <seq>} for each, until it is killed.
 */
public final class JournaledRunChild {
    private JournaledRunChild() {
    }

    public static void main(String[] args) throws Exception {
        Path scenarioFile = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        Path decisions = Path.of(args[2]);
        Path journal = Path.of(args[3]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        WorldCatalog catalog = WorldCatalog.standard();
        byte[] bytes = Files.readAllBytes(scenarioFile);
        Scenario scenario = new ScenarioLoader(catalog).parse(args[0], bytes).scenario();
        DecisionsFile.Result r = DecisionsFile.read(decisions, scenario, catalog);
        TreeSet<String> persons = new TreeSet<>();
        r.commands().forEach(c -> {
            if (!Command.isControlActor(c.command().actor())) {
                persons.add(c.command().actor());
            }
        });
        Casting casting = Casting.forPolicy(scenario, persons, true);
        Exercise exercise = Exercise.create(scenario, seed, 0, casting, catalog);
        JournalWriter w = JournalWriter.create(journal, JournaledRun.header(scenario, args[0], bytes, seed, 0, casting,
            Version.get()), scenario.time()::format, JournalWriter.Sync.DATA);
        w.appendAndWait(JournaledRun.start(exercise, "system"));
        out.println("started");
        JournaledRun.run(exercise, r.commands(), scenario.end(), w, rec -> out.println("ack " + rec.seq()));
        out.println("done");
    }
}
