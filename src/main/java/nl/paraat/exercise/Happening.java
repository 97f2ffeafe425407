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

    /** The facilitator added an ad-hoc inject. */
    record InjectAdded(long seq, long time, nl.paraat.scenario.Inject inject) implements Happening {
    }

    /** The facilitator edited an inject not yet delivered (the new version). */
    record InjectEdited(long seq, long time, nl.paraat.scenario.Inject inject) implements Happening {
    }

    /**
     * The facilitator reviewed the computed effect of an accepted decision before it arrived: confirmed,
     * changed (the record holds the new parameters) or vetoed (the effect never arrives).
     */
    record EffectReviewed(long seq, long time, DecisionRecord decision, Review review) implements Happening {
    }

    /** What the facilitator did with a decision's effect. */
    enum Review {
        ACCEPTED, CHANGED, VETOED
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
