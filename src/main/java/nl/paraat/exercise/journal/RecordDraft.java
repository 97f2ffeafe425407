package nl.paraat.exercise.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/**
 * A record as the engine hands it to the {@link JournalWriter}: everything but the sequence number and
 * the formatted time, which the writer adds when it accepts the record.
 *
 * @param ts          simulated time in seconds since T0 at which the command was applied
 * @param afterEvents number of events executed before the command was applied
 * @param actor       who gave the command: a role instance id, {@code facilitator} or {@code system}
 * @param type        the command type (a decision type, a facilitator act, or {@link JournalRecord#START} ...)
 * @param params      the command's parameters (a JSON object; never null)
 * @param outcome     accepted, or rejected with a reason
 */
public record RecordDraft(long ts, long afterEvents, String actor, String type, JsonNode params, Outcome outcome) {
    public RecordDraft {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        if (params == null) {
            params = JsonNodeFactory.instance.objectNode();
        }
        if (!params.isObject()) {
            throw new IllegalArgumentException("params must be a JSON object");
        }
        if (afterEvents < 0) {
            throw new IllegalArgumentException("afterEvents must not be negative");
        }
    }
}
