package nl.paraat.cli;

import java.nio.file.Path;
import java.util.List;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.TimedCommand;
import nl.paraat.exercise.journal.JournalException;
import nl.paraat.exercise.journal.JournalHeader;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.exercise.journal.JournalWriter;
import nl.paraat.exercise.runtime.JournaledRun;

/** The journal side of {@code paraat run --journal}. */
final class JournalCommands {
    private JournalCommands() {
    }

    /** Runs headless as {@code HeadlessRun} does, journaling the start, every command and the stop. */
    static void run(String scenarioArg, Exercise exercise, Casting casting, long seed, List<TimedCommand> commands,
                    long end, Path journal) {
        JournalScenario s = JournalScenario.ofArgument(scenarioArg);
        JournalHeader h = JournaledRun.header(exercise.scenario(), s.path(), s.bytes(), seed, 0, casting,
            Version.get());
        try {
            JournalWriter w = JournalWriter.create(journal, h, exercise.scenario().time()::format,
                JournalWriter.Sync.DATA);
            w.append(JournaledRun.start(exercise, "system"));
            JournaledRun.run(exercise, commands, end, w);
        } catch (JournalException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** True if the records hold an ENDEX: the exercise was ended and cannot go on. */
    static boolean ended(List<JournalRecord> records) {
        return records.stream().anyMatch(r -> r.type().equals(JournalRecord.ENDEX));
    }
}
