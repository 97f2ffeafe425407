package nl.paraat.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node of a located JSON tree together with its path; every accessor is total (a missing or
 * mistyped member gives an absent node, never an exception), so checks can walk a broken file.
 */
record At(JsonNode node, String path) {
    static At root(JsonNode root) {
        return new At(root, JsonPath.ROOT);
    }

    /** The member of an object (absent if this is not an object or has no such member). */
    At get(String name) {
        JsonNode child = node != null && node.isObject() ? node.get(name) : null;
        return new At(child, JsonPath.field(path, name));
    }

    boolean present() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    boolean isObject() {
        return node != null && node.isObject();
    }

    /** The text, or null if absent or not a string. */
    String str() {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** True if a number; see {@link #num()}. */
    boolean isNumber() {
        return node != null && node.isNumber();
    }

    double num() {
        return node.asDouble();
    }

    /** The boolean, or the default if absent or not a boolean. */
    boolean bool(boolean dflt) {
        return node != null && node.isBoolean() ? node.asBoolean() : dflt;
    }

    /** The elements of an array with their paths; empty if not an array. */
    List<At> items() {
        List<At> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new At(node.get(i), JsonPath.index(path, i)));
            }
        }
        return out;
    }

    /** The members of an object in file order; empty if not an object. */
    List<Map.Entry<String, At>> fields() {
        List<Map.Entry<String, At>> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.add(Map.entry(e.getKey(), new At(e.getValue(), JsonPath.field(path, e.getKey()))));
            }
        }
        return out;
    }
}
