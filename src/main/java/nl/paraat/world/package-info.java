/**
 * The simulated Netherlands on the engine: geography and parameter catalogue, sub-models (health, transport,
 * infrastructure, society, displaced people, economy), role types, typed decisions, world events and indicators.
 */
package nl.paraat.world;
