package nl.paraat.exercise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/**
 * A command from a console (facilitator, role, observer) to the live exercise: a decision, a white-cell
 * act or a clock control ({@link ClockCommands}). It becomes a journal record with the point where the
 * engine thread applied it.
 *
 * @param actor  a role instance id, {@code facilitator} or {@code observer:<name>}
 * @param type   the command type
 * @param params the parameters (a JSON object)
 */
public record Command(String actor, String type, JsonNode params) {
    public Command {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        if (params == null) {
            params = JsonNodeFactory.instance.objectNode();
        }
        if (!params.isObject()) {
            throw new IllegalArgumentException("params must be a JSON object");
        }
    }

    public static Command of(String actor, String type) {
        return new Command(actor, type, null);
    }
}
