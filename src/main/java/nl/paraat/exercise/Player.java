package nl.paraat.exercise;

/** Who plays a role instance. */
public enum Player {
    /** A person at a console: decisions come in as commands. */
    PERSON,
    /** The facilitator plays it (or nobody does): no automatic decisions. */
    FACILITATOR,
    /** The doctrine policy of the world takes its decisions every simulated hour. */
    DOCTRINE
}
