package nl.paraat.scenario;

import nl.paraat.world.Params;
import nl.paraat.world.Text;

/**
 * What a role is expected to do after an inject, by a deadline: a decision of the model (tracked
 * automatically) or a manual action (ticked off by the facilitator or an observer).
 */
public sealed interface ExpectedAction permits ExpectedAction.Decision, ExpectedAction.Manual {
    /** Unique in the scenario: the id from the file, or {@code <injectId>/<n>} (1-based). */
    String key();

    /** The role instance expected to act. */
    String role();

    Deadline deadline();

    /**
     * An accepted decision of {@code decisionType} by {@code role} whose parameters include every entry of
     * {@code match}.
     */
    record Decision(String key, String role, String decisionType, Params match, Deadline deadline)
        implements ExpectedAction {
    }

    /** An action outside the model (a press conference, a call), described in text. */
    record Manual(String key, String role, Text text, Deadline deadline) implements ExpectedAction {
    }
}
