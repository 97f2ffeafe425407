package nl.paraat.scenario;

import java.util.OptionalDouble;
import nl.paraat.world.Text;

/**
 * A phase of the scenario, from {@code start} until the next phase starts.
 *
 * @param start        model time (seconds since T0)
 * @param defaultSpeed simulated seconds per wall-clock second the clock starts with in this phase, if set
 */
public record Phase(String id, Text name, long start, OptionalDouble defaultSpeed) {
}
