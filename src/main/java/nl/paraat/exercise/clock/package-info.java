/**
 * Pacing the simulation to wall time: a time source (real or manual), the paced clock with speed, pause,
 * step and jump, and the small model interface it drives. Wall time only paces; it never changes results.
 */
package nl.paraat.exercise.clock;
