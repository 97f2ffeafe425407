/**
 * The benchmarks behind {@code paraat bench ...}: measured workloads and their in-process baselines.
 * Performance targets are measured here, never by timed unit tests.
 */
package nl.paraat.cli.bench;
