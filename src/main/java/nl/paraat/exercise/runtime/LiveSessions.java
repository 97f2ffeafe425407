package nl.paraat.exercise.runtime;

import java.nio.file.Path;
import java.util.List;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.clock.PacedClock;
import nl.paraat.exercise.clock.PhaseSpeed;
import nl.paraat.exercise.clock.TimeSource;
import nl.paraat.exercise.journal.JournalException;
import nl.paraat.exercise.journal.JournalExpectation;
import nl.paraat.exercise.journal.JournalReader;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.exercise.journal.JournalRecovery;
import nl.paraat.exercise.journal.JournalWriter;
import nl.paraat.scenario.Scenario;
import nl.paraat.world.WorldCatalog;

/**
 * Starting and resuming a live exercise with its journal, as the facilitator's console does: the exercise
 * core, its model adapter, a paced clock with the phases' default speeds, the journal, and the
 * {@link LiveExercise} over them (paused, the engine thread running).
 */
public final class LiveSessions {
    /** The speed when the starting phase sets none. */
    public static final double DEFAULT_SPEED = 1;

    private LiveSessions() {
    }

    /**
     * A started live session.
     *
     * @param live      the running exercise (paused)
     * @param model     its model, for reading after it ended (trace, board)
     * @param recovered what recovery did (null for a new exercise)
     */
    public record Session(LiveExercise<LiveView, LiveHappening> live, ExerciseModel model,
                          JournalRecovery.Recovered recovered) {
    }

    /**
     * A new exercise: creates the journal (it must not exist), journals the start and starts the engine.
     *
     * @param scenarioPath  the scenario file as given, for the header
     * @param scenarioBytes the scenario file's bytes, whose SHA-256 the header records
     */
    public static Session start(Scenario scenario, String scenarioPath, byte[] scenarioBytes, long seed,
                                int replication, Casting casting, WorldCatalog catalog, String program,
                                Path journal, TimeSource time) {
        Exercise exercise = Exercise.create(scenario, seed, replication, casting, catalog);
        ExerciseModel model = new ExerciseModel(exercise);
        JournalWriter w = JournalWriter.create(journal, JournaledRun.header(scenario, scenarioPath, scenarioBytes, seed,
            replication, casting, program), scenario.time()::format, JournalWriter.Sync.DATA);
        LiveExercise<LiveView, LiveHappening> live = new LiveExercise<>(model, clock(scenario, model, time), w, time,
            LiveExercise.DEFAULT_FRAME_NANOS);
        live.start(nl.paraat.exercise.Command.FACILITATOR);
        return new Session(live, model, null);
    }

    /**
     * Goes on with an exercise after a crash or a stop: recovers the journal (backup, torn last line cut
     * off), rebuilds the exercise by replay to the exact point of its last record, journals the resume and
     * starts the engine, paused.
     *
     * @throws JournalException if the journal is damaged, belongs to another scenario or program version,
     *     or was ended (ENDEX)
     */
    public static Session resume(Path journal, Scenario scenario, byte[] scenarioBytes, WorldCatalog catalog,
                                 String program, TimeSource time) {
        JournalExpectation expected = new JournalExpectation(JournaledRun.sha256(scenarioBytes), program);
        if (JournalReader.read(journal, expected).records().stream().anyMatch(x -> x.type().equals(JournalRecord.ENDEX))) {
            throw new JournalException(JournalException.Kind.ENDED, journal, 0, "journal " + journal
                + ": the exercise was ended (ENDEX); fork it to play on");
        }
        JournalRecovery.Recovered r = JournalRecovery.prepareToAppend(journal, expected);
        List<JournalRecord> records = r.contents().records();
        Exercise exercise = JournaledRun.rebuild(r.contents().header(), scenario, catalog);
        ExerciseModel model = new ExerciseModel(exercise);
        JournaledRun.replay(journal, model, scenario).replayAll(records);
        model.drainHappenings(h -> { }); // the screens rebuild the past from the snapshot
        JournalWriter w = JournalWriter.resume(r.contents(), scenario.time()::format, JournalWriter.Sync.DATA);
        LiveExercise<LiveView, LiveHappening> live = new LiveExercise<>(model, clock(scenario, model, time), w, time,
            LiveExercise.DEFAULT_FRAME_NANOS);
        live.resume(nl.paraat.exercise.Command.FACILITATOR);
        return new Session(live, model, r);
    }

    private static PacedClock clock(Scenario scenario, ExerciseModel model, TimeSource time) {
        List<PhaseSpeed> speeds = ExerciseModel.phaseSpeeds(scenario);
        return new PacedClock(time, model, DEFAULT_SPEED, speeds);
    }
}
