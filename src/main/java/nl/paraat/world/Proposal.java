package nl.paraat.world;

/** A decision the doctrine policy proposes for a role instance. */
public record Proposal(String decisionType, Params params) {
}
