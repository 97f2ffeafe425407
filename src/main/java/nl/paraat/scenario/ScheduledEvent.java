package nl.paraat.scenario;

import nl.paraat.world.Params;

/**
 * A world event the scenario schedules (a drone sighting, a cable cut), applied at {@code time}.
 *
 * @param id   optional id (may be null)
 * @param time model time (seconds since T0)
 * @param type a world-event type of the catalogue
 */
public record ScheduledEvent(String id, long time, String type, Params params) {
}
