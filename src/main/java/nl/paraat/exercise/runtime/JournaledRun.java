package nl.paraat.exercise.runtime;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.Player;
import nl.paraat.exercise.TimedCommand;
import nl.paraat.exercise.journal.JournalHeader;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.exercise.journal.JournalReplay;
import nl.paraat.exercise.journal.JournalWriter;
import nl.paraat.exercise.journal.Outcome;
import nl.paraat.exercise.journal.RecordDraft;
import nl.paraat.scenario.Scenario;
import nl.paraat.world.WorldCatalog;

/**
 * A headless exercise with a journal: {@code paraat run --journal}, {@code replay}, {@code resume} and
 * {@code fork}. Commands are applied at the same points as {@link nl.paraat.exercise.HeadlessRun} applies
 * them (after exactly {@code afterEvents} events when recorded, else before the events of their second),
 * and each is journaled with the point and outcome. Doctrine decisions are not journaled: replay
 * recomputes them.
 */
public final class JournaledRun {
    private JournaledRun() {
    }

    /** The header of a new journal for this scenario file, seed and casting. */
    public static JournalHeader header(Scenario scenario, String path, byte[] scenarioBytes, long seed,
                                       int replication, Casting casting, String program) {
        List<JournalHeader.RoleCast> roles = casting.players().entrySet().stream()
            .map(e -> new JournalHeader.RoleCast(e.getKey(), player(e.getValue()), null)).toList();
        String startPhase = scenario.phaseAt(0).map(p -> p.id()).orElse(null);
        return JournalHeader.of(program, new JournalHeader.ScenarioRef(scenario.meta().id(), path,
            sha256(scenarioBytes), null), null, seed, replication, roles, startPhase, null);
    }

    /** The casting a journal's header records. */
    public static Casting casting(JournalHeader h) {
        SortedMap<String, Player> m = new TreeMap<>();
        for (JournalHeader.RoleCast c : h.roles()) {
            m.put(c.role(), switch (c.player()) {
                case JournalHeader.RoleCast.PERSON -> Player.PERSON;
                case JournalHeader.RoleCast.DOCTRINE -> Player.DOCTRINE;
                default -> Player.FACILITATOR;
            });
        }
        return new Casting(m);
    }

    /** A fresh exercise as the header describes it. */
    public static Exercise rebuild(JournalHeader h, Scenario scenario, WorldCatalog catalog) {
        return Exercise.create(scenario, h.seed(), h.replication(), casting(h), catalog);
    }

    /**
     * Applies the commands with {@code time <= until} at their points, journaling each, then runs to
     * {@code until} and journals a {@link JournalRecord#STOP} there. The caller has journaled the start.
     * The journal is synced (closed) before this returns.
     */
    public static void run(Exercise exercise, List<TimedCommand> commands, long until, JournalWriter journal) {
        run(exercise, commands, until, journal, null);
    }

    /**
     * As {@link #run(Exercise, List, long, JournalWriter)}; with {@code acknowledged} not null, waits for
     * each command's record to be synced before going on and hands it over (as the live runtime
     * acknowledges each command).
     */
    public static void run(Exercise exercise, List<TimedCommand> commands, long until, JournalWriter journal,
                           java.util.function.Consumer<JournalRecord> acknowledged) {
        try {
            for (TimedCommand c : commands) {
                if (c.time() > until) {
                    break;
                }
                if (c.afterEvents().isPresent()) {
                    exercise.advanceTo(c.time(), c.afterEvents().getAsLong());
                } else {
                    exercise.advanceTo(c.time());
                }
                long ts = exercise.now();
                long after = exercise.eventsExecuted();
                Outcome o = ExerciseModel.outcome(exercise.apply(c.command()));
                RecordDraft d = new RecordDraft(ts, after, c.command().actor(), c.command().type(),
                    ParamsJson.toJson(c.command().params()), o);
                if (acknowledged == null) {
                    journal.append(d);
                } else {
                    acknowledged.accept(journal.appendAndWait(d));
                }
            }
            exercise.runUntil(until);
            journal.append(stop(exercise));
        } finally {
            journal.close();
        }
    }

    /** The record that marks where a headless run stopped. */
    public static RecordDraft stop(Exercise exercise) {
        return new RecordDraft(exercise.now(), exercise.eventsExecuted(), "system", JournalRecord.STOP, null,
            Outcome.ACCEPTED);
    }

    /** The record that marks the start of play. */
    public static RecordDraft start(Exercise exercise, String actor) {
        return new RecordDraft(exercise.now(), exercise.eventsExecuted(), actor, JournalRecord.START, null,
            Outcome.ACCEPTED);
    }

    /** A replay of a journal onto an exercise (records applied at their exact points, outcomes checked). */
    public static JournalReplay replay(Path file, Exercise exercise, Scenario scenario) {
        return replay(file, new ExerciseModel(exercise), scenario);
    }

    /** As {@link #replay(Path, Exercise, Scenario)}, onto a model whose message board the caller reads too. */
    public static JournalReplay replay(Path file, ExerciseModel model, Scenario scenario) {
        return new JournalReplay(file, model, new ReplayApplier(file, model), scenario.time()::format);
    }

    /**
     * The model commands among the records (not start, stop, resume, ENDEX or clock), in order: what a
     * decisions file gave, for matching it on resume.
     */
    public static List<JournalRecord> commands(List<JournalRecord> records) {
        return records.stream().filter(r -> !r.type().equals(JournalRecord.START) && !r.type().equals(JournalRecord.STOP)
            && !r.type().equals(JournalRecord.RESUME) && !r.type().equals(JournalRecord.ENDEX)
            && !ClockCommands.isClock(r.type())).toList();
    }

    /** SHA-256 of the bytes, 64 lower-case hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String player(Player p) {
        return switch (p) {
            case PERSON -> JournalHeader.RoleCast.PERSON;
            case DOCTRINE -> JournalHeader.RoleCast.DOCTRINE;
            case FACILITATOR -> JournalHeader.RoleCast.FACILITATOR;
        };
    }

}
