package nl.paraat.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.paraat.world.WorldCatalog;

/**
 * Loads scenario files: JSON with positions, the JSON Schema, then the meaning against the world
 * catalogue. Every problem is reported at once as {@code file:line:column: message (at $.path)}; nothing
 * a user writes makes it throw.
 */
public final class ScenarioLoader {
    private final WorldCatalog catalog;

    public ScenarioLoader(WorldCatalog catalog) {
        this.catalog = catalog;
    }

    /** A loader for the standard world catalogue. */
    public static ScenarioLoader standard() {
        return new ScenarioLoader(WorldCatalog.standard());
    }

    /** Loads a file; the file name in problems is the path as given. */
    public ScenarioLoad load(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(name, "no such file");
        } catch (IOException e) {
            return failed(name, "cannot read the file: " + e.getMessage());
        }
        return parse(name, bytes);
    }

    /**
     * Loads a scenario shipped inside the program ({@code scenarios/NAME.json} on the classpath), if there
     * is one with this name.
     */
    public ScenarioLoad loadShipped(String name) {
        String file = name.endsWith(".json") ? name : name + ".json";
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/" + file)) {
            if (in == null) {
                return failed("scenarios/" + file, "no such shipped scenario");
            }
            return parse("scenarios/" + file, in.readAllBytes());
        } catch (IOException e) {
            return failed("scenarios/" + file, "cannot read the shipped scenario: " + e.getMessage());
        }
    }

    /** Loads from bytes that should be UTF-8 (a byte-order mark is allowed). */
    public ScenarioLoad parse(String file, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(file, "the file is not UTF-8 text; save it as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(file, text);
    }

    /** Loads from text. */
    public ScenarioLoad parse(String file, String text) {
        LocatedJson doc = LocatedJson.parse(file, text);
        if (doc.root() == null) {
            return new ScenarioLoad(null, doc.problems());
        }
        List<Problem> problems = new ArrayList<>(doc.problems());
        if (!doc.root().isObject()) {
            problems.add(doc.problemAt(JsonPath.ROOT, "a scenario is a JSON object {...}, found "
                + SchemaCheck.describe(doc.root())));
            return new ScenarioLoad(null, problems);
        }
        List<Problem> schema = SchemaCheck.check(doc);
        problems.addAll(schema);
        ScenarioReader reader = new ScenarioReader(doc, catalog);
        Scenario scenario = reader.read();
        Set<String> reportedPaths = new HashSet<>();
        schema.forEach(p -> reportedPaths.add(p.path()));
        for (Problem p : reader.problems()) {
            if (!reportedPaths.contains(p.path())) {
                problems.add(p);
            }
        }
        problems.sort(Problem.IN_FILE_ORDER);
        List<Problem> distinct = problems.stream().distinct().toList();
        return distinct.isEmpty() ? new ScenarioLoad(scenario, List.of()) : new ScenarioLoad(null, distinct);
    }

    /** Loads a file or throws a {@link ScenarioException} listing every problem. */
    public Scenario loadOrThrow(Path file) {
        ScenarioLoad load = load(file);
        if (!load.ok()) {
            throw new ScenarioException(load.problems());
        }
        return load.scenario();
    }

    private static ScenarioLoad failed(String file, String message) {
        return new ScenarioLoad(null, List.of(new Problem(file, 0, 0, message, "")));
    }
}
