package nl.paraat.world;

/** Result of a decision: accepted with the time it takes effect, or rejected with a reason (world unchanged). */
public record DecisionResult(boolean accepted, long effectiveAt, Text reason) {
    public static DecisionResult accepted(long effectiveAt) {
        return new DecisionResult(true, effectiveAt, null);
    }

    public static DecisionResult rejected(Text reason) {
        return new DecisionResult(false, -1, reason);
    }
}
