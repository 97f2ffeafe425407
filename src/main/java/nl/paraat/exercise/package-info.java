/**
 * Running an exercise: the headless core ({@link nl.paraat.exercise.Exercise}) that plays a scenario on the
 * world model, fires triggers, delivers injects, applies decisions and tracks expected actions, with
 * commands, happenings and per-role views for the runtime, clock and journal built around it.
 */
package nl.paraat.exercise;
