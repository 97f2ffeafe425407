package nl.paraat.world;

/** Told about every decision, accepted or rejected. */
@FunctionalInterface
public interface DecisionListener {
    void onDecision(long time, RoleInstance actor, String decisionType, Params params, DecisionResult result);
}
