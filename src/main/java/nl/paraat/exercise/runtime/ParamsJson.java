package nl.paraat.exercise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Object> e : params.values().entrySet()) {
            Object v = e.getValue();
            if (v instanceof String s) {
                o.put(e.getKey(), s);
            } else if (v instanceof Long l) {
                o.put(e.getKey(), l);
            } else if (v instanceof Double d) {
                o.put(e.getKey(), d);
            } else if (v instanceof Boolean b) {
                o.put(e.getKey(), b);
            } else if (v instanceof List<?> list) {
                ArrayNode a = o.putArray(e.getKey());
                list.forEach(x -> a.add(String.valueOf(x)));
            } else {
                o.put(e.getKey(), String.valueOf(v));
            }
        }
        return o;
    }

    /**
     * The parameters of a JSON object.
     *
     * @throws IllegalArgumentException naming the parameter whose value is not a text, number, true/false or
     *     list of texts
     */
    public static Params fromJson(JsonNode p) {
        if (p == null || p.isNull()) {
            return Params.empty();
        }
        if (!p.isObject()) {
            throw new IllegalArgumentException("\"params\" must be an object {...}");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), value(e.getKey(), e.getValue()));
        }
        return Params.of(m);
    }

    private static Object value(String name, JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        if (v.isNumber() && Double.isFinite(v.asDouble())) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isObject()) {
            return v.toString();
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode i : v) {
                if (!i.isTextual()) {
                    throw new IllegalArgumentException("parameter \"" + name + "\": a list holds texts only");
                }
                items.add(i.asText());
            }
            return List.copyOf(items);
        }
        throw new IllegalArgumentException("parameter \"" + name + "\": expected a text, number, true/false, list or object");
    }
}
