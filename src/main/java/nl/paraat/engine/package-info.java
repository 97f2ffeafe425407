/**
 * The discrete-event kernel: simulated time as {@code long} seconds since T0, an event queue ordered by
 * (time, priority class, sequence number) with cancel by handle, named random streams and a trace hash.
 * Imports nothing else of the project and no JavaFX; every model is written on top of this API.
 */
package nl.paraat.engine;
