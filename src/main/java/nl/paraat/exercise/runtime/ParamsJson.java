package nl.paraat.exercise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.paraat.exercise.DecisionsFile;
import nl.paraat.scenario.ScenarioWriter;
import nl.paraat.world.Params;


/**
 * Command parameters between the journal's JSON and the exercise core's {@link Params}, so that a command
 * read back from a journal has exactly the parameters it had live: texts, whole numbers (long), other
 * numbers (double, always written with a decimal point or exponent), true/false, and lists of texts, as a
 * decisions file gives them. An object (the scenario-format inject of {@code inject.add} and
 * {@code inject.edit}) becomes its compact JSON text, which the exercise core reads.
 */
public final class ParamsJson {
    private ParamsJson() {
    }

    /** The parameters as a JSON object, in name order. */
    public static ObjectNode toJson(Params params) {
        return ScenarioWriter.params(params);
    }

    /**
     * The parameters of a JSON object.
     *
     * @throws IllegalArgumentException naming the parameter whose value is not a text, number, true/false,
     *     list of texts or object
     */
    public static Params fromJson(JsonNode p) {
        return DecisionsFile.params(p);
    }
}
