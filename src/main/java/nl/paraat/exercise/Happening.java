package nl.paraat.exercise;

import nl.paraat.scenario.Phase;
import nl.paraat.world.Params;

/**
 * Something that happened in the exercise, in the order it happened: the lossless stream the screens,
 * the journal's observers and the debrief follow.
 */
public sealed interface Happening {
    /** 1-based number in the exercise's order. */
    long seq();

    /** Model time. */
    long time();

    /** A phase started. */
    record PhaseStarted(long seq, long time, Phase phase) implements Happening {
    }

    /** An inject reached its recipients' inboxes. */
    record InjectDelivered(long seq, long time, Delivery delivery) implements Happening {
    }

    /** The facilitator held, released or cancelled an inject. */
    record InjectChanged(long seq, long time, String injectId, InjectStatus status) implements Happening {
    }

    /** A decision was accepted; its effect arrives at {@code decision.effectiveAt()}. */
    record DecisionAccepted(long seq, long time, DecisionRecord decision) implements Happening {
    }

    /** A decision was rejected; the world is unchanged. */
    record DecisionRejected(long seq, long time, DecisionRecord decision) implements Happening {
    }

    /** The effect of an accepted decision arrived. */
    record EffectArrived(long seq, long time, DecisionRecord decision) implements Happening {
    }

    /**
     * A world event was applied.
     *
     * @param cause a scheduled event's id or {@code worldEvents[i]}, {@code inject:ID}, or {@code facilitator}
     */
    record WorldEventApplied(long seq, long time, String type, Params params, String cause) implements Happening {
    }

    /** An expected action was opened or changed status. */
    record ActionChanged(long seq, long time, ActionState action) implements Happening {
    }
}
