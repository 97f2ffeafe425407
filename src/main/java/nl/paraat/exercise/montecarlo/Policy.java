package nl.paraat.exercise.montecarlo;

import java.util.Locale;

/** Who takes the decisions of the roles in a pre-play: nobody plays persons there. */
public enum Policy {
    /**
     * Every role decides as the world's doctrine proposes, and does its manual expected actions (ticked
     * off at the next hourly sample).
     */
    DOCTRINE,
    /** No role decides or acts: the scenario as the world alone plays it. */
    NONE,
    /**
     * Per decision point (a role and a decision type: {@link nl.paraat.exercise.DoctrineFilter#mixed}; or a
     * role and an expected action: {@link PrePlayer}) each replication draws, from its own seeded stream,
     * whether the role follows the doctrine there or never acts, so both branches of a decision trigger are
     * played over the replications.
     */
    MIXED;

    /** {@code doctrine}, {@code none} or {@code mixed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The policy with this id.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Policy of(String id) {
        for (Policy p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("expected doctrine, none or mixed, found \"" + id + "\"");
    }
}
