package nl.paraat.exercise.montecarlo;

/**
 * What one replication leaves behind: a few numbers per objective, indicator, inject, expected action and
 * role, never its series or event list, so a thousand of them fit in a small heap.
 *
 * @param replication      replication index
 * @param trace            the run's trace hash
 * @param events           events executed
 * @param objectiveShare   per objective: percentage of its expected actions done on time (NaN if none opened)
 * @param indicators       per national indicator: true value at the end
 * @param injectDeliveries per inject: deliveries
 * @param actionDone       per expected action (scenario order): done in this replication (on time or late)
 * @param peakLoad         per role: most injects delivered to it within one clock hour
 * @param peakHour         per role: start of the first hour with that many (model time), -1 if none
 */
public record ReplicationResult(int replication, long trace, long events, double[] objectiveShare, double[] indicators,
                                int[] injectDeliveries, boolean[] actionDone, int[] peakLoad, long[] peakHour) {
}
