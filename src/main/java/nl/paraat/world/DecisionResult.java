package nl.paraat.world;

/**
 * Result of a decision: accepted with the time it takes effect, or rejected with a reason (world unchanged).
 *
 * @param id the world's number of an accepted decision (1, 2, ...), to veto or change its delayed effect
 *           ({@link World#vetoPending}, {@link World#changePending}); 0 when rejected or not from a world
 */
public record DecisionResult(boolean accepted, long effectiveAt, Text reason, long id) {
    public DecisionResult(boolean accepted, long effectiveAt, Text reason) {
        this(accepted, effectiveAt, reason, 0);
    }

    public static DecisionResult accepted(long effectiveAt) {
        return new DecisionResult(true, effectiveAt, null);
    }

    public static DecisionResult rejected(Text reason) {
        return new DecisionResult(false, -1, reason);
    }
}
