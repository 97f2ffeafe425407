package nl.paraat.exercise;

/** Where an inject stands. */
public enum InjectStatus {
    /** Its trigger has not fired. */
    WAITING,
    /** Its trigger fired; delivery follows after the trigger's delay. */
    PENDING,
    /** Held by the facilitator; delivered when released. */
    HELD,
    /** Delivered (a re-arming inject may be delivered again). */
    DELIVERED,
    /** Cancelled by the facilitator; never delivered. */
    CANCELLED
}
