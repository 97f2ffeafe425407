package nl.paraat.scenario;

import nl.paraat.world.Params;

/**
 * A world event an inject causes when it is delivered (the event the inject reports on).
 *
 * @param type  a world-event type of the catalogue
 * @param delay seconds after the delivery
 */
public record WorldEffect(String type, Params params, long delay) {
}
