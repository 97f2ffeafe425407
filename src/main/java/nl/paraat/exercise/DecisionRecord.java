package nl.paraat.exercise;

import nl.paraat.world.Params;
import nl.paraat.world.Text;

/**
 * A model decision as taken in the exercise, accepted or rejected.
 *
 * @param seq         1-based number of the decision in the exercise
 * @param time        model time it was taken
 * @param actor       role instance id
 * @param source      who took it: a person, the facilitator on the role's behalf, or the doctrine
 * @param effectiveAt model time its effect arrives (accepted only)
 * @param reason      why it was rejected (null when accepted)
 */
public record DecisionRecord(int seq, long time, String actor, String type, Params params, Player source,
                             boolean accepted, long effectiveAt, Text reason) {
}
