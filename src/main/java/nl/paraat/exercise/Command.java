package nl.paraat.exercise;

import java.util.Map;
import nl.paraat.world.Params;

/**
 * Something a person asks of the exercise, applied at one exact point of the event sequence. The same
 * shape as a journal record's {@code actor}, {@code type} and {@code params}.
 *
 * <ul>
 *   <li>A role instance as actor: a model decision; {@code type} is the decision type.</li>
 *   <li>{@value #FACILITATOR} or an observer ({@code observer} or {@code observer:NAME}) as actor: one of the
 *       control types below.</li>
 * </ul>
 */
public record Command(String actor, String type, Params params) {
    /** The facilitator (white cell) as actor. */
    public static final String FACILITATOR = "facilitator";
    /** Tick off an expected action: params {@code action} (its key, e.g. {@code K05/1}). */
    public static final String TICK = "action.tick";
    /** Deliver an inject now (release a held one, or release early): params {@code inject}. */
    public static final String RELEASE_INJECT = "inject.release";
    /** Hold an inject: it is not delivered until released: params {@code inject}. */
    public static final String HOLD_INJECT = "inject.hold";
    /** Cancel an inject: it is never delivered: params {@code inject}. */
    public static final String CANCEL_INJECT = "inject.cancel";
    /**
     * Add an ad-hoc inject: params {@code inject}, the inject in the scenario format (a JSON object, or its
     * text); checked as in a scenario file. Its trigger works as for any inject; a past time delivers it now.
     */
    public static final String ADD_INJECT = "inject.add";
    /**
     * Edit an inject not yet delivered: params {@code inject}, its new version in the scenario format (same
     * id). Title, text, recipients, channel, sender, expected actions, effects may change; of the trigger only
     * a time ({@code at}) may move.
     */
    public static final String EDIT_INJECT = "inject.edit";
    /** Confirm the computed effect of an accepted decision still to arrive: params {@code decision} (its number). */
    public static final String ACCEPT_EFFECT = "decision.accept";
    /** Stop the computed effect of an accepted decision before it arrives: params {@code decision}. */
    public static final String VETO_EFFECT = "decision.veto";
    /**
     * Change the parameters of an accepted decision whose effect has not arrived: params {@code decision} plus
     * the decision's parameters to change (the others stay); checked by the world; the effect keeps its time.
     */
    public static final String CHANGE_EFFECT = "decision.change";
    /** Apply an unscheduled world event now: params {@code event} (its type) plus the event's own params. */
    public static final String WORLD_EVENT = "world.event";
    /** Take a decision on behalf of a role: params {@code role}, {@code decision} plus the decision's params. */
    public static final String DECIDE_FOR = "decision.for";

    public Command {
        params = params == null ? Params.empty() : params;
    }

    /** A decision of a role instance. */
    public static Command decision(String role, String decisionType, Params params) {
        return new Command(role, decisionType, params);
    }

    /** A control command of the facilitator. */
    public static Command facilitator(String type, Map<String, ?> params) {
        return new Command(FACILITATOR, type, Params.of(params));
    }

    /** True if the actor is the facilitator or an observer rather than a role. */
    public boolean isControl() {
        return isControlActor(actor);
    }

    /** True for the facilitator and observers. */
    public static boolean isControlActor(String actor) {
        return FACILITATOR.equals(actor) || "observer".equals(actor) || actor != null && actor.startsWith("observer:");
    }
}
