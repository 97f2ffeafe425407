package nl.paraat.exercise.montecarlo;

import java.util.List;
import nl.paraat.engine.RandomStream;
import nl.paraat.engine.StableHash;
import nl.paraat.exercise.Command;
import nl.paraat.exercise.Exercise;
import nl.paraat.scenario.ScenarioRole;
import nl.paraat.world.Proposal;
import nl.paraat.world.SampleListener;

/**
 * The {@link Policy#MIXED} player: every simulated hour, right after the indicator sample (when the core's
 * own doctrine would decide), it asks the doctrine for each role's proposals and takes those whose decision
 * point (role, decision type) this replication follows. Whether it follows a decision point is a pure
 * function of (seed, replication, role, decision type), drawn per entity from the stream {@value #STREAM},
 * so it does not depend on the order of decisions or on anything else that happened.
 *
 * <p>The roles are cast as played by the facilitator, so the core's own doctrine stays silent for them;
 * decisions are applied as the facilitator's commands and mixed into the trace hash.
 */
final class MixedDoctrine implements SampleListener {
    /** The stream the choices are drawn from. */
    static final String STREAM = "policy/mixed";
    /** Chance that a replication follows the doctrine at a decision point. ASSUMPTION: even odds. */
    static final double FOLLOW = 0.5;
    private static final long HOUR = 3600;

    private final Exercise exercise;
    private final List<ScenarioRole> roles;
    private final RandomStream stream;
    private long nextAt = Long.MIN_VALUE;

    MixedDoctrine(Exercise exercise) {
        this.exercise = exercise;
        this.roles = exercise.scenario().roles();
        this.stream = exercise.streams().stream(STREAM);
    }

    /** True if this replication follows the doctrine for the role's decisions of this type. */
    boolean follows(String roleId, String decisionType) {
        long point = StableHash.combine(StableHash.of(roleId), StableHash.of(decisionType));
        return stream.entityUniform(point, 0) < FOLLOW;
    }

    @Override
    public void onSample(long time) {
        if (time < nextAt) {
            return;
        }
        nextAt = Math.floorDiv(time, HOUR) * HOUR + HOUR;
        for (ScenarioRole role : roles) {
            for (Proposal p : exercise.world().doctrineProposals(role.instance())) {
                if (follows(role.id(), p.decisionType())) {
                    exercise.apply(Command.decision(role.id(), p.decisionType(), p.params()));
                }
            }
        }
    }
}
