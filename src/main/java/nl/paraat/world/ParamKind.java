package nl.paraat.world;

/** The type of a decision or world-event parameter. */
public enum ParamKind {
    INTEGER, NUMBER, BOOLEAN, TEXT,
    /** Seconds. */
    DURATION,
    ENUM,
    /** A ROAZ or safety region id. */
    REGION,
    ROAZ_REGION, SAFETY_REGION, CORRIDOR,
    /** An infrastructure node id. */
    NODE,
    PORT, AIRPORT, ROLE_TYPE,
    /** A list of strings. */
    LIST
}
