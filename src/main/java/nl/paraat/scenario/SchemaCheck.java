package nl.paraat.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a scenario tree against the published JSON Schema ({@code scenario.schema.json}, draft 2020-12)
 * and turns each schema error into a {@link Problem} at the line and column of the offending value,
 * in words a scenario author understands.
 */
public final class SchemaCheck {
    /** Classpath location of the schema; {@code docs/scenario.schema.json} is an identical copy. */
    public static final String RESOURCE = "/nl/paraat/scenario/scenario.schema.json";

    private static final Schema SCHEMA = load();
    private static final Schema INJECT = loadInject();

    private SchemaCheck() {
    }

    /** The schema text as shipped. */
    public static String schemaText() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("scenario schema missing from the build: " + RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema error of the document, located. */
    public static List<Problem> check(LocatedJson doc) {
        return check(SCHEMA, doc);
    }

    /** Every schema error of a document that holds one inject (the schema's {@code $defs/inject}). */
    public static List<Problem> checkInject(LocatedJson doc) {
        return check(INJECT, doc);
    }

    private static List<Problem> check(Schema schema, LocatedJson doc) {
        List<Problem> out = new ArrayList<>();
        for (Error e : schema.validate(doc.root())) {
            String path = pathOf(e.getInstanceLocation());
            String keyword = e.getKeyword() == null ? "" : e.getKeyword();
            if ("additionalProperties".equals(keyword) && e.getProperty() != null) {
                String member = JsonPath.field(path, e.getProperty());
                out.add(doc.problemAtKey(member, "unknown field \"" + e.getProperty() + "\""));
            } else {
                out.add(doc.problemAt(path, message(e, keyword, path, doc.root())));
            }
        }
        return out;
    }

    private static String message(Error e, String keyword, String path, JsonNode root) {
        String where = e.getSchemaLocation() == null ? "" : String.valueOf(e.getSchemaLocation());
        JsonNode value = e.getInstanceNode();
        switch (keyword) {
            case "required":
                return "missing field \"" + e.getProperty() + "\"" + languageHint(e.getProperty());
            case "type":
                return "expected " + expectedType(e.getSchemaNode()) + ", found " + describe(value);
            case "enum":
                return "expected one of " + listOf(e.getSchemaNode()) + ", found " + describe(value);
            case "const":
                return "expected " + e.getSchemaNode() + ", found " + describe(value);
            case "pattern":
                return "expected " + patternMeaning(where) + ", found " + describe(value);
            case "minItems":
                return "expected at least " + e.getSchemaNode() + " item(s)";
            case "uniqueItems":
                return "the list holds the same value twice";
            case "minProperties":
                return "expected at least " + e.getSchemaNode() + " field(s)";
            case "minLength":
                return "must not be empty";
            case "maxLength":
                return "too long (at most " + e.getSchemaNode() + " characters)";
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
                return "value " + describe(value) + " is out of range (" + keyword + " " + e.getSchemaNode() + ")";
            default:
                String m = e.getMessage() == null ? "does not match the scenario format" : e.getMessage();
                return m.startsWith(path + ": ") ? m.substring(path.length() + 2) : m;
        }
    }

    private static String languageHint(String property) {
        if ("nl".equals(property)) {
            return " (the Dutch text)";
        }
        if ("en".equals(property)) {
            return " (the English text)";
        }
        return "";
    }

    private static String patternMeaning(String schemaLocation) {
        if (schemaLocation.contains("dtime")) {
            return ScenarioTime.EXPECTED;
        }
        if (schemaLocation.contains("duration")) {
            return ScenarioDuration.EXPECTED;
        }
        if (schemaLocation.contains("/id") || schemaLocation.contains("phase") && !schemaLocation.contains("pillar")) {
            return "an id of letters, digits, '.', '_' or '-' (starting with a letter or digit)";
        }
        if (schemaLocation.contains("pillars") || schemaLocation.contains("pillar")) {
            return "a pillar P1 to P6";
        }
        if (schemaLocation.contains("elements")) {
            return "a scenario element E1 to E7";
        }
        if (schemaLocation.contains("blr")) {
            return "a baseline requirement BLR1 to BLR7";
        }
        return "a value of the right form";
    }

    private static String expectedType(JsonNode schemaNode) {
        if (schemaNode == null) {
            return "another type";
        }
        if (schemaNode.isArray()) {
            List<String> names = new ArrayList<>();
            schemaNode.forEach(n -> names.add(typeName(n.asText())));
            return String.join(" or ", names);
        }
        return typeName(schemaNode.asText());
    }

    private static String typeName(String t) {
        return switch (t) {
            case "object" -> "an object {...}";
            case "array" -> "a list [...]";
            case "string" -> "a text in quotes";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            default -> t;
        };
    }

    private static String listOf(JsonNode schemaNode) {
        if (schemaNode == null || !schemaNode.isArray()) {
            return String.valueOf(schemaNode);
        }
        List<String> items = new ArrayList<>();
        schemaNode.forEach(n -> items.add(n.toString()));
        return String.join(", ", items);
    }

    /** A short description of a found value, for messages. */
    static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isNull()) {
            return "null";
        }
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    static String pathOf(NodePath p) {
        String path = JsonPath.ROOT;
        if (p == null) {
            return path;
        }
        for (int i = 0; i < p.getNameCount(); i++) {
            Object el = p.getElement(i);
            path = el instanceof Integer n ? JsonPath.index(path, n) : JsonPath.field(path, String.valueOf(el));
        }
        return path;
    }

    /** The scenario schema with its root replaced by a reference to its inject definition. */
    private static Schema loadInject() {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode whole = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(schemaText());
            com.fasterxml.jackson.databind.node.ObjectNode root = whole.objectNode();
            root.set("$schema", whole.get("$schema"));
            root.put("$id", whole.path("$id").asText() + "#inject");
            root.put("$ref", "#/$defs/inject");
            root.set("$defs", whole.get("$defs"));
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            return registry.getSchema(root.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        return registry.getSchema(schemaText());
    }
}
