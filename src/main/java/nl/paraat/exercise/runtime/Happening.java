package nl.paraat.exercise.runtime;

/**
 * One happening as published: numbered 1, 2, 3, ... in the order the engine produced them.
 *
 * @param seq  position in the exercise's stream of happenings
 * @param ts   simulated time when it was published, seconds since T0
 * @param what the model's happening
 * @param <H>  the model's happening type
 */
public record Happening<H>(long seq, long ts, H what) {
}
