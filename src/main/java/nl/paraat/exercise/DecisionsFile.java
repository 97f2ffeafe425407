package nl.paraat.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioTime;
import nl.paraat.world.Params;
import nl.paraat.world.WorldCatalog;

/**
 * Reads a decisions file for {@code paraat run --decisions}: JSON Lines, one command a line,
 * {@code {"t": "D+1 08:00", "actor": "rot-brabant", "type": "issue-nl-alert", "params": {...}}}.
 * The other fields of a journal record ({@code seq}, {@code afterEvents}, {@code outcome}, {@code crc}) may
 * be there: {@code afterEvents}, when present, fixes the exact point of the event sequence; the rest is
 * ignored. Blank lines are skipped. Every bad line is reported as {@code file:line: message}.
 */
public final class DecisionsFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The commands, or the problems (never both). */
    public record Result(List<TimedCommand> commands, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DecisionsFile() {
    }

    public static Result read(Path file, Scenario scenario, WorldCatalog catalog) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Result(List.of(), List.of(file + ": no such file"));
        } catch (IOException e) {
            return new Result(List.of(), List.of(file + ": cannot read the file: " + e.getMessage()));
        }
        return parse(file.toString(), text, scenario, catalog);
    }

    public static Result parse(String name, String text, Scenario scenario, WorldCatalog catalog) {
        List<TimedCommand> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        long lastTime = Long.MIN_VALUE;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            int n = i + 1;
            try {
                TimedCommand c = command(line, n, scenario, catalog);
                if (c.time() < lastTime) {
                    throw new IllegalArgumentException("time " + scenario.time().format(c.time())
                        + " lies before the line above it; list commands in time order");
                }
                lastTime = c.time();
                out.add(c);
            } catch (IllegalArgumentException e) {
                problems.add(name + ":" + n + ": " + e.getMessage());
            }
        }
        return problems.isEmpty() ? new Result(out, List.of()) : new Result(List.of(), problems);
    }

    private static TimedCommand command(String line, int n, Scenario scenario, WorldCatalog catalog) {
        JsonNode o;
        try {
            o = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("expected one JSON object {\"t\", \"actor\", \"type\", \"params\"} on the line");
        }
        ScenarioTime time = scenario.time();
        String t = textField(o, "t", "a time like \"D+1 08:00\"");
        long at = time.parse(t);
        if (at < 0) {
            throw new IllegalArgumentException("time " + t + " lies before the start of the scenario ("
                + time.format(0) + ")");
        }
        String actor = textField(o, "actor", "a role instance id (or \"facilitator\")");
        String type = textField(o, "type", "a decision type");
        if (!Command.isControlActor(actor)) {
            if (scenario.role(actor).isEmpty()) {
                throw new IllegalArgumentException("unknown role instance \"" + actor + "\" in \"actor\"");
            }
            if (catalog.decisionType(type).isEmpty()) {
                throw new IllegalArgumentException("unknown decision type \"" + type + "\" in \"type\"");
            }
        }
        OptionalLong afterEvents = OptionalLong.empty();
        JsonNode ae = o.get("afterEvents");
        if (ae != null && !ae.isNull()) {
            if (!ae.canConvertToLong() || !ae.isIntegralNumber() || ae.asLong() < 0) {
                throw new IllegalArgumentException("\"afterEvents\" must be a whole number of 0 or more");
            }
            afterEvents = OptionalLong.of(ae.asLong());
        }
        return new TimedCommand(at, afterEvents, new Command(actor, type, params(o.get("params"))), n);
    }

    private static String textField(JsonNode o, String name, String what) {
        JsonNode v = o.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("missing \"" + name + "\": expected " + what);
        }
        return v.asText();
    }

    /**
     * Command parameters from a JSON object, as a decisions file or a journal record holds them: texts,
     * whole numbers (long), other numbers (double), true/false, lists of texts, and objects (an inject of
     * {@code inject.add}/{@code inject.edit}), which become their compact JSON text.
     *
     * @throws IllegalArgumentException naming the parameter whose value is none of these
     */
    public static Params params(JsonNode p) {
        if (p == null || p.isNull()) {
            return Params.empty();
        }
        if (!p.isObject()) {
            throw new IllegalArgumentException("\"params\" must be an object {...}");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : p.properties()) {
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
        throw new IllegalArgumentException(
            "parameter \"" + name + "\": expected a text, number, true/false, list or object");
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "unreadable";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
