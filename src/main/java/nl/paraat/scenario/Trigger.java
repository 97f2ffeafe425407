package nl.paraat.scenario;

import nl.paraat.world.Params;

/** What makes an inject fire. Each inject fires at most once, except a re-arming condition. */
public sealed interface Trigger permits Trigger.At, Trigger.OnCondition, Trigger.AfterDecision, Trigger.AfterInject {
    /** At a fixed model time. */
    record At(long time) implements Trigger {
    }

    /** When a condition on an indicator holds at a sample, {@code delay} seconds later. */
    record OnCondition(Condition condition, long delay) implements Trigger {
    }

    /**
     * {@code delay} seconds after an accepted decision of {@code decisionType} (by {@code role} if not null)
     * whose parameters include every entry of {@code match}.
     */
    record AfterDecision(String decisionType, String role, Params match, long delay) implements Trigger {
    }

    /** {@code delay} seconds after another inject was delivered (its first delivery). */
    record AfterInject(String injectId, long delay) implements Trigger {
    }
}
