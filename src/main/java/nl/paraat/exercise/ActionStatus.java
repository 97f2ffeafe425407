package nl.paraat.exercise;

/** Where an expected action stands. */
public enum ActionStatus {
    /** Not done yet, the deadline has not passed. */
    OPEN,
    /** Done at or before the deadline (a decision taken before the inject arrived counts too). */
    DONE_ON_TIME,
    /** Done after the deadline. */
    LATE,
    /** The deadline passed and it was not done (becomes LATE if it is done after all). */
    MISSED
}
