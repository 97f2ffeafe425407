package nl.paraat.exercise.montecarlo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.paraat.engine.RandomStream;
import nl.paraat.engine.StableHash;
import nl.paraat.exercise.ActionState;
import nl.paraat.exercise.ActionStatus;
import nl.paraat.exercise.Command;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.Happening;
import nl.paraat.exercise.HappeningListener;
import nl.paraat.scenario.ExpectedAction;
import nl.paraat.scenario.ScenarioRole;
import nl.paraat.world.Params;
import nl.paraat.world.SampleListener;

/**
 * Does for the roles of a pre-play what the core's doctrine cannot: every simulated hour, right after the
 * indicator sample (when the doctrine decides), it
 * <ul>
 *   <li>under {@link Policy#DOCTRINE} and {@link Policy#MIXED}, ticks off the manual expected actions
 *       (a call, a press conference) opened since the last sample, as the role's players would do them:
 *       all of them under doctrine, under mixed those whose decision point (role, action) is followed;</li>
 *   <li>under {@link Policy#MIXED}, takes the decision an expected decision action asks for (its type, with
 *       its {@code match} as parameters, see {@link ExpectedDecision}) when the action is still open and its
 *       decision point (role, action) is followed; when the world refuses it (a precondition not yet
 *       met), it tries again at every following hourly sample until the action's deadline, so a pre-play
 *       also shows whether every expected action can be done in the model, not only those the doctrine
 *       happens to propose.</li>
 * </ul>
 * The doctrine's own proposals under {@link Policy#MIXED} are filtered by the core
 * ({@link nl.paraat.exercise.DoctrineFilter#mixed}). Whether a replication follows an action's decision
 * point is a pure function of (seed, replication, role, action key), a per-entity draw of the stream
 * {@value #STREAM}, so it does not depend on the order of events or on anything else that happened. Decisions
 * and ticks are applied as commands and mixed into the trace hash.
 */
final class PrePlayer implements SampleListener, HappeningListener {
    /** The stream the mixed policy's choices for expected actions are drawn from. */
    static final String STREAM = "policy/mixed";
    /** Chance that a replication follows the doctrine at a decision point (also the doctrine filter's). ASSUMPTION: even odds. */
    static final double FOLLOW = 0.5;
    private static final long HOUR = 3600;

    private final Exercise exercise;
    private final boolean mixed;
    private final RandomStream stream;
    private final List<ActionState> opened = new ArrayList<>();
    /** Current status of the actions in {@link #opened}, kept from the happenings (only looked up). */
    private final Map<String, ActionStatus> status = new HashMap<>();
    private long nextAt = Long.MIN_VALUE;

    private PrePlayer(Exercise exercise, boolean mixed) {
        this.exercise = exercise;
        this.mixed = mixed;
        this.stream = exercise.streams().stream(STREAM);
    }

    /** Attaches a pre-player to a new exercise, if the policy needs one. */
    static void attach(Exercise exercise, Policy policy) {
        if (policy == Policy.NONE) {
            return;
        }
        PrePlayer p = new PrePlayer(exercise, policy == Policy.MIXED);
        exercise.addListener(p);
        exercise.world().addSampleListener(p);
    }

    /** True if this replication follows the doctrine at the decision point (role, what). */
    boolean follows(String roleId, String what) {
        if (!mixed) {
            return true;
        }
        long point = StableHash.combine(StableHash.of(roleId), StableHash.of(what));
        return stream.entityUniform(point, 0) < FOLLOW;
    }

    @Override
    public void on(Happening h) {
        if (!(h instanceof Happening.ActionChanged c)) {
            return;
        }
        ActionState a = c.action();
        if (a.status() == ActionStatus.OPEN && (mixed || a.action() instanceof ExpectedAction.Manual)) {
            opened.add(a);
            status.put(a.id(), a.status());
        } else if (status.containsKey(a.id())) {
            status.put(a.id(), a.status());
        }
    }

    @Override
    public void onSample(long time) {
        if (time < nextAt) {
            return;
        }
        nextAt = Math.floorDiv(time, HOUR) * HOUR + HOUR;
        if (opened.isEmpty()) {
            return;
        }
        List<ActionState> due = new ArrayList<>(opened);
        List<ActionState> retry = new ArrayList<>();
        opened.clear();
        for (ActionState a : due) {
            ActionStatus now = status.get(a.id());
            if (now != ActionStatus.OPEN && now != ActionStatus.MISSED
                || !follows(a.action().role(), "action:" + a.action().key())) {
                status.remove(a.id());
                continue;
            }
            if (a.action() instanceof ExpectedAction.Decision d) {
                if (!decide(d) && now == ActionStatus.OPEN) {
                    retry.add(a); // the world refused it now; the players try again next hour, until the deadline
                    continue;
                }
            } else {
                exercise.apply(Command.facilitator(Command.TICK, Map.of("action", a.id())));
            }
            status.remove(a.id());
        }
        opened.addAll(retry);
    }

    /** Takes the decision an expected action asks for; false if the world accepted none of its candidates. */
    private boolean decide(ExpectedAction.Decision d) {
        ScenarioRole role = exercise.scenario().role(d.role()).orElse(null);
        for (Params params : ExpectedDecision.candidates(d, role, exercise.world().catalog())) {
            if (exercise.apply(Command.decision(d.role(), d.decisionType(), params)).accepted()) {
                return true;
            }
        }
        return false;
    }
}
