/**
 * Integration tests that run the packaged jar ({@code target/paraat.jar}, system property
 * {@code paraat.jar}) as a user would; run by failsafe after packaging ({@code mvn verify}).
 */
package nl.paraat.it;
