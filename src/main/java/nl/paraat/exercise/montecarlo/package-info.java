/**
 * Monte Carlo pre-play: many seeded replications of a scenario under a policy, spread over worker threads,
 * summarised per objective, indicator, inject and role, with a checksum that does not depend on the thread count.
 */
package nl.paraat.exercise.montecarlo;
