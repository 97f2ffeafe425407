/**
 * The live exercise: one engine thread owns the model and its paced clock, takes commands from one queue,
 * journals each at its exact point with group commit, and publishes a latest-state snapshot and a lossless
 * stream of happenings.
 */
package nl.paraat.exercise.runtime;
