package nl.paraat.exercise;

/**
 * An inject's state now.
 *
 * @param deliveries how often it was delivered
 * @param lastDelivered model time of the last delivery, or -1
 * @param held true if the facilitator holds it
 */
public record InjectState(String injectId, InjectStatus status, int deliveries, long lastDelivered, boolean held) {
}
