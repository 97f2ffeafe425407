package nl.paraat.exercise;

import nl.paraat.scenario.ExpectedAction;

/**
 * One expected action of one delivery of an inject, as it stands now.
 *
 * @param id       the action's key, with {@code #n} appended for the n-th (n &gt; 1) delivery of a re-arming inject
 * @param injectId the inject that asked for it
 * @param openedAt model time of the delivery
 * @param due      model time of the deadline
 * @param doneAt   model time it was done, or -1
 * @param doneBy   who did or ticked it off (role, facilitator, observer), or null
 */
public record ActionState(String id, String injectId, ExpectedAction action, long openedAt, long due,
                          ActionStatus status, long doneAt, String doneBy) {
}
