/**
 * Fixtures for {@code ArchitectureRulesTest}: a tiny project with deliberate violations ({@code bad}) and
 * one that obeys every rule with most layers absent ({@code clean}). Test sources only.
 */
package nl.paraat.archfixture;
