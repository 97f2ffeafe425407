package nl.paraat.exercise;

import java.util.List;

/**
 * The facilitator's picture of the exercise at one moment. Immutable; the runtime publishes the newest.
 *
 * @param phase id of the running phase, or null
 */
public record ExerciseSnapshot(long now, long eventsExecuted, long traceHash, String phase,
                               List<InjectState> injects, List<Delivery> deliveries, List<DecisionRecord> decisions,
                               List<ActionState> actions, ActionTally tally) {
    public ExerciseSnapshot {
        injects = List.copyOf(injects);
        deliveries = List.copyOf(deliveries);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }
}
