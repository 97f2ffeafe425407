package nl.paraat.exercise.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.Player;
import nl.paraat.exercise.clock.PacedClock;
import nl.paraat.exercise.clock.TimeSource;
import nl.paraat.exercise.journal.CommandLoad;
import nl.paraat.exercise.journal.JournalWriter;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioRole;
import nl.paraat.world.DecisionType;
import nl.paraat.world.WorldCatalog;

/**
 * {@code paraat bench runtime}: a live exercise played at a fixed speed on the real clock while client
 * threads, one per role console (round robin over the scenario's roles, every role played by a person),
 * send that role's decisions at a fixed total rate. Measures submit-to-acknowledgement latency (applied
 * and journal synced) and the clock's largest lag.
 */
public final class RuntimeBench {
    /**
     * @param load        the latencies
     * @param maxLagMillis largest lag of the model behind the paced target, wall milliseconds
     * @param simSeconds  simulated seconds played
     */
    public record Result(CommandLoad.Result load, long maxLagMillis, long simSeconds) {
        /** {@code commands=<n> rate_per_s=<x.xx> p50_ms=<x.xx> p99_ms=<x.xx> max_lag_ms=<n>} */
        public String line() {
            return load.line() + String.format(Locale.ROOT, " max_lag_ms=%d", maxLagMillis);
        }
    }

    private RuntimeBench() {
    }

    public static Result run(Scenario scenario, WorldCatalog catalog, int threads, double rate, double seconds,
                             double speed) throws InterruptedException {
        SortedMap<String, Player> players = new TreeMap<>();
        scenario.roles().forEach(r -> players.put(r.id(), Player.PERSON));
        Exercise exercise = Exercise.create(scenario, 1, 0, new Casting(players), catalog);
        ExerciseModel model = new ExerciseModel(exercise);
        List<List<Command>> perClient = commands(scenario, catalog, threads);
        Path dir;
        try {
            dir = Files.createTempDirectory("paraat-bench-runtime");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve("bench.jsonl");
        TimeSource time = TimeSource.system();
        PacedClock clock = new PacedClock(time, model, speed, List.of());
        JournalWriter journal = JournalWriter.create(file, JournaledRun.header(scenario, "bench",
            scenario.meta().id().getBytes(StandardCharsets.UTF_8), 1, 0, exercise.casting(), "bench"),
            scenario.time()::format, JournalWriter.Sync.DATA);
        LiveExercise<LiveView, LiveHappening> live = new LiveExercise<>(model, clock, journal, time,
            LiveExercise.DEFAULT_FRAME_NANOS);
        HappeningFeed<LiveHappening> feed = live.subscribe();
        try {
            live.start(nl.paraat.exercise.Command.FACILITATOR);
            live.submit(Command.of(nl.paraat.exercise.Command.FACILITATOR, ClockCommands.PLAY)).join();
            CommandLoad.Result r = new CommandLoad(threads, rate, seconds, Math.min(2.0, seconds / 5))
                .run((client, n) -> {
                    List<Command> mine = perClient.get(client);
                    return live.submit(mine.get((int) (n % mine.size())));
                });
            live.close();
            feed.drainTo(new ArrayList<>());
            return new Result(r, live.maxLagMillis(), live.simTime());
        } finally {
            live.close();
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // a leftover temporary file is harmless
            }
        }
    }

    /** For each client: the decisions its role may take (with the role's region where one is asked for). */
    private static List<List<Command>> commands(Scenario scenario, WorldCatalog catalog, int threads) {
        List<List<Command>> out = new ArrayList<>();
        List<ScenarioRole> roles = scenario.roles();
        for (int c = 0; c < threads; c++) {
            List<Command> mine = new ArrayList<>();
            if (!roles.isEmpty()) {
                ScenarioRole role = roles.get(c % roles.size());
                for (DecisionType d : catalog.decisionTypes()) {
                    if (d.ownerRoleTypes().contains(role.type())) {
                        com.fasterxml.jackson.databind.node.ObjectNode p =
                            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                        if (role.region() != null) {
                            p.put("region", role.region());
                        }
                        mine.add(new Command(role.id(), d.id(), p));
                    }
                }
            }
            if (mine.isEmpty()) {
                mine.add(new Command(nl.paraat.exercise.Command.FACILITATOR, nl.paraat.exercise.Command.TICK,
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("action", "none")));
            }
            out.add(mine);
        }
        return out;
    }
}
