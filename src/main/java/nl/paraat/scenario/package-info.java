/**
 * Scenario files: the JSON model (metadata, phases, role instances, objectives, world set-up, world
 * events, injects), the D-time format, the JSON Schema and validation with file:line:column errors.
 */
package nl.paraat.scenario;
