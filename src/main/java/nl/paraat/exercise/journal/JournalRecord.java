package nl.paraat.exercise.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One line of the journal after the header: a command applied at an exact point of the event sequence.
 *
 * @param t           the simulated time as people read it ({@code D+1 08:00}), written for readers
 * @param ts          the same time in seconds since T0, which replay uses
 * @param seq         1-based position among the journal's records, consecutive
 * @param afterEvents number of events executed before the command was applied
 * @param actor       who gave the command
 * @param type        the command type
 * @param params      the command's parameters (a JSON object)
 * @param outcome     accepted or rejected with a reason
 */
public record JournalRecord(String t, long ts, long seq, long afterEvents, String actor, String type,
                            JsonNode params, Outcome outcome) {
    /** Type of the record written when play starts. */
    public static final String START = "start";
    /** Type of the record written when the facilitator ends the exercise. */
    public static final String ENDEX = "endex";
    /** Type of the record written when play goes on after a crash or a stop ({@code paraat resume}). */
    public static final String RESUME = "resume";
    /** Type of the record written where a headless run stopped (its {@code --until}). */
    public static final String STOP = "stop";

    public JournalRecord {
        Objects.requireNonNull(t, "t");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The draft this record was made from. */
    public RecordDraft draft() {
        return new RecordDraft(ts, afterEvents, actor, type, params, outcome);
    }
}
