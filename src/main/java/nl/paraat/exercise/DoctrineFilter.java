package nl.paraat.exercise;

import java.util.ArrayList;
import java.util.List;
import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.StableHash;
import nl.paraat.world.Proposal;
import nl.paraat.world.RoleInstance;

/**
 * Which of the doctrine's proposals a doctrine-played role takes. {@link #ALL} is the doctrine policy;
 * {@link #mixed(double)} lets each decision point (role instance and decision type) be taken or not, drawn
 * once per replication from its own stream, so Monte Carlo pre-play plays both branches of decision
 * triggers.
 */
@FunctionalInterface
public interface DoctrineFilter {
    /** Every proposal is taken. */
    DoctrineFilter ALL = (role, proposals, streams) -> proposals;

    /** The proposals to take, in order. Must be a pure function of its arguments and the streams. */
    List<Proposal> choose(RoleInstance role, List<Proposal> proposals, RandomStreams streams);

    /**
     * Takes a decision point with probability {@code p}: the draw for (role instance, decision type) is a
     * per-entity draw of the stream {@code exercise/mixed-policy}, the same at every hour of a replication.
     */
    static DoctrineFilter mixed(double p) {
        return (role, proposals, streams) -> {
            List<Proposal> out = new ArrayList<>();
            for (Proposal pr : proposals) {
                long point = StableHash.of(role.id() + "|" + pr.decisionType());
                if (streams.stream("exercise/mixed-policy").entityUniform(point, 0) < p) {
                    out.add(pr);
                }
            }
            return out;
        };
    }
}
