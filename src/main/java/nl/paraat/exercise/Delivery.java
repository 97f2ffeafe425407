package nl.paraat.exercise;

import java.util.List;
import nl.paraat.scenario.Inject;

/**
 * One delivery of an inject.
 *
 * @param id         1-based number of the delivery in the exercise
 * @param time       model time
 * @param n          1 for the first delivery of this inject, 2 for the second (re-arming injects), ...
 * @param recipients role instance ids it went to
 */
public record Delivery(int id, long time, Inject inject, int n, List<String> recipients) {
    public Delivery {
        recipients = List.copyOf(recipients);
    }
}
