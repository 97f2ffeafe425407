/**
 * The exercise journal: an append-only, CRC-checked JSON Lines file per exercise (header + one record per
 * applied command), its group-commit writer, the reader with crash recovery, and the journal benchmark.
 */
package nl.paraat.exercise.journal;
