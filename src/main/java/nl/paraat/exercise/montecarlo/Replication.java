package nl.paraat.exercise.montecarlo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.paraat.exercise.ActionState;
import nl.paraat.exercise.ActionStatus;
import nl.paraat.exercise.Casting;
import nl.paraat.exercise.Delivery;
import nl.paraat.exercise.DoctrineFilter;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.InjectState;
import nl.paraat.exercise.Player;
import nl.paraat.scenario.ExpectedAction;
import nl.paraat.scenario.Inject;
import nl.paraat.scenario.Objective;
import nl.paraat.scenario.Scenario;
import nl.paraat.world.IndicatorDef;
import nl.paraat.world.IndicatorScope;
import nl.paraat.world.WorldCatalog;

/**
 * Plays one replication of a scenario under a policy and reduces it to a {@link ReplicationResult}. One
 * instance per pre-play, shared read-only by the worker threads; each {@link #run(int)} builds its own
 * exercise and keeps nothing of it.
 */
final class Replication {
    private static final long HOUR = 3600;

    private final Scenario scenario;
    private final WorldCatalog catalog;
    private final Policy policy;
    private final long seed;
    private final Casting casting;
    private final List<String> indicators;
    private final Map<String, Integer> objectiveIndex = new HashMap<>();
    private final Map<String, Integer> injectObjective = new HashMap<>();
    private final Map<String, Integer> actionIndex = new HashMap<>();
    private final Map<String, Integer> roleIndex = new HashMap<>();

    Replication(Scenario scenario, WorldCatalog catalog, Policy policy, long seed) {
        this.scenario = scenario;
        this.catalog = catalog;
        this.policy = policy;
        this.seed = seed;
        this.casting = policy == Policy.NONE ? Casting.all(scenario, Player.FACILITATOR)
            : Casting.all(scenario, Player.DOCTRINE);
        this.indicators = nationalIndicators(catalog);
        List<Objective> objectives = scenario.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            objectiveIndex.put(objectives.get(i).id(), i);
        }
        int a = 0;
        for (Inject inject : scenario.injects()) {
            Integer o = inject.objective() == null ? null : objectiveIndex.get(inject.objective());
            injectObjective.put(inject.id(), o == null ? -1 : o);
            for (ExpectedAction ea : inject.expectedActions()) {
                actionIndex.put(ea.key(), a++);
            }
        }
        for (int i = 0; i < scenario.roles().size(); i++) {
            roleIndex.put(scenario.roles().get(i).id(), i);
        }
    }

    /** The national indicators, in catalogue order: the ones a pre-play reports. */
    static List<String> nationalIndicators(WorldCatalog catalog) {
        return catalog.indicators().stream().filter(d -> d.scope() == IndicatorScope.NATIONAL).map(IndicatorDef::id)
            .toList();
    }

    List<String> indicators() {
        return indicators;
    }

    int actionCount() {
        return actionIndex.size();
    }

    /** Plays replication r to the end of the scenario. */
    ReplicationResult run(int r) {
        Exercise e = Exercise.create(scenario, seed, r, casting, catalog);
        if (policy == Policy.MIXED) {
            e.doctrineFilter(DoctrineFilter.mixed(PrePlayer.FOLLOW));
        }
        PrePlayer.attach(e, policy);
        e.runUntil(scenario.end());
        int[] peak = new int[scenario.roles().size()];
        long[] at = new long[peak.length];
        peaks(e, peak, at);
        return new ReplicationResult(r, e.traceHash(), e.eventsExecuted(), objectiveShares(e), indicatorValues(e),
            deliveries(e), actionsDone(e), peak, at);
    }

    private double[] objectiveShares(Exercise e) {
        int n = scenario.objectives().size();
        int[] opened = new int[n];
        int[] onTime = new int[n];
        for (ActionState a : e.actions()) {
            Integer o = injectObjective.get(a.injectId());
            if (o == null || o < 0) {
                continue;
            }
            opened[o]++;
            if (a.status() == ActionStatus.DONE_ON_TIME) {
                onTime[o]++;
            }
        }
        double[] share = new double[n];
        for (int i = 0; i < n; i++) {
            share[i] = opened[i] == 0 ? Double.NaN : 100.0 * onTime[i] / opened[i];
        }
        return share;
    }

    private double[] indicatorValues(Exercise e) {
        double[] v = new double[indicators.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = e.world().indicator(indicators.get(i), "NL");
        }
        return v;
    }

    private int[] deliveries(Exercise e) {
        int[] d = new int[scenario.injects().size()];
        List<InjectState> states = e.injectStates();
        for (int i = 0; i < d.length && i < states.size(); i++) {
            d[i] = states.get(i).deliveries();
        }
        return d;
    }

    private boolean[] actionsDone(Exercise e) {
        boolean[] done = new boolean[actionIndex.size()];
        for (ActionState a : e.actions()) {
            Integer i = actionIndex.get(a.action().key());
            if (i != null && (a.status() == ActionStatus.DONE_ON_TIME || a.status() == ActionStatus.LATE)) {
                done[i] = true;
            }
        }
        return done;
    }

    /** Per role the most injects delivered within one clock hour and the first such hour (deliveries come in time order). */
    private void peaks(Exercise e, int[] peak, long[] at) {
        int roles = peak.length;
        long[] hourOf = new long[roles];
        int[] inHour = new int[roles];
        Arrays.fill(hourOf, Long.MIN_VALUE);
        Arrays.fill(at, -1);
        for (Delivery d : e.deliveries()) {
            long hour = Math.floorDiv(d.time(), HOUR);
            for (String rid : d.recipients()) {
                Integer r = roleIndex.get(rid);
                if (r == null) {
                    continue;
                }
                if (hourOf[r] != hour) {
                    hourOf[r] = hour;
                    inHour[r] = 0;
                }
                inHour[r]++;
                if (inHour[r] > peak[r]) {
                    peak[r] = inHour[r];
                    at[r] = hour * HOUR;
                }
            }
        }
    }
}
