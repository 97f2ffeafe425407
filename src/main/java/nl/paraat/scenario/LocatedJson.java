package nl.paraat.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with its positions: a Jackson tree plus, for every value, the line and column
 * where it starts (and, for object members, where the key starts), keyed by {@link JsonPath}.
 * Duplicate keys are errors, reported at the second key; reading goes on, so all of them are found.
 * Malformed JSON gives one problem at the line and column of the syntax error and no tree.
 */
public final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
            .maxStringLength(1_000_000).maxNumberLength(100).build())
        .build();

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> valueAt = new HashMap<>();
    private final Map<String, int[]> keyAt = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private LocatedJson(String file, String text) {
        this.file = file;
        this.root = read(text);
    }

    /** Reads a document; check {@link #problems()} (syntax errors, duplicate keys) before using {@link #root()}. */
    public static LocatedJson parse(String file, String text) {
        return new LocatedJson(file, text);
    }

    /** The file name used in problems. */
    public String file() {
        return file;
    }

    /** The tree, or null when the text is not well-formed JSON. */
    public JsonNode root() {
        return root;
    }

    /** Syntax errors and duplicate keys found while reading. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * A problem at a path: at the value's position, or at the nearest enclosing value that has one
     * (a missing member is reported at the object that lacks it).
     */
    public Problem problemAt(String path, String message) {
        int[] at = position(path);
        return new Problem(file, at[0], at[1], message, path);
    }

    /** A problem at the key of an object member (an unknown or duplicate member), or its value if unknown. */
    public Problem problemAtKey(String path, String message) {
        int[] at = keyAt.get(path);
        return at == null ? problemAt(path, message) : new Problem(file, at[0], at[1], message, path);
    }

    /** The line and column of the value at a path, or of its nearest located ancestor; {0, 0} if none. */
    public int[] position(String path) {
        String p = path;
        while (true) {
            int[] at = valueAt.get(p);
            if (at != null) {
                return at;
            }
            if (JsonPath.ROOT.equals(p)) {
                return new int[] {0, 0};
            }
            p = JsonPath.parent(p);
        }
    }

    private JsonNode read(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(new Problem(file, 1, 1, "the file is empty; expected a JSON object", ""));
                return null;
            }
            JsonNode node = value(p, JsonPath.ROOT);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                problems.add(new Problem(file, l.getLineNr(), l.getColumnNr(),
                    "unexpected text after the end of the JSON document", ""));
                return null;
            }
            return node;
        } catch (StreamConstraintsException e) {
            problems.add(new Problem(file, 0, 0, "the file is too large or too deeply nested to be a scenario", ""));
            return null;
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            problems.add(new Problem(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                "malformed JSON: " + syntaxMessage(e), ""));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, "cannot read the JSON: " + syntaxMessage(e), ""));
            return null;
        }
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        valueAt.put(path, new int[] {l.getLineNr(), l.getColumnNr()});
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT:
                return object(p, path);
            case START_ARRAY:
                ArrayNode a = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, JsonPath.index(path, i++)));
                }
                return a;
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? f.numberNode(p.getBigIntegerValue()) : f.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new JsonParseException(p, "unexpected " + p.currentToken());
        }
    }

    private ObjectNode object(JsonParser p, String path) throws IOException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation kl = p.currentTokenLocation();
            String child = JsonPath.field(path, name);
            p.nextToken();
            if (o.has(name)) {
                problems.add(new Problem(file, kl.getLineNr(), kl.getColumnNr(),
                    "duplicate key \"" + name + "\" (each key may appear once in an object)", child));
                skipValue(p);
                continue;
            }
            keyAt.put(child, new int[] {kl.getLineNr(), kl.getColumnNr()});
            o.set(name, value(p, child));
        }
        return o;
    }

    private static void skipValue(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
    }

    /** Jackson's message without its source excerpt and location suffix (we print our own). */
    static String syntaxMessage(IOException e) {
        String m = e instanceof JsonParseException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (m == null) {
            return "unreadable";
        }
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        return m.replace("Unexpected character", "unexpected character")
            .replace("Unexpected end-of-input", "unexpected end of the file");
    }
}
