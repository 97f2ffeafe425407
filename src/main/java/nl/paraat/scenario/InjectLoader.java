package nl.paraat.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.paraat.world.WorldCatalog;

/**
 * Reads ONE inject in the scenario format (an object of a scenario's {@code injects} list) against a scenario,
 * for injects the facilitator writes or edits during play. The same checks as a scenario file (the schema's
 * inject definition, then {@link InjectReader}'s rules: roles, phases, objectives, decision and world-event
 * types and parameters, times inside the scenario), so the problems read the same, located in the given text.
 */
public final class InjectLoader {
    private final WorldCatalog catalog;

    public InjectLoader(WorldCatalog catalog) {
        this.catalog = catalog;
    }

    public static InjectLoader standard() {
        return new InjectLoader(WorldCatalog.standard());
    }

    /** A new inject: its id must not be one of the scenario's injects. */
    public InjectLoad add(Scenario scenario, String source, String json) {
        return read(scenario, source, json, false);
    }

    /** A new version of one of the scenario's injects (same id). */
    public InjectLoad replace(Scenario scenario, String source, String json) {
        return read(scenario, source, json, true);
    }

    /** {@link #add} for a JSON tree (located in its compact text). */
    public InjectLoad add(Scenario scenario, String source, JsonNode inject) {
        return add(scenario, source, inject == null ? "null" : inject.toString());
    }

    private InjectLoad read(Scenario scenario, String source, String json, boolean replacing) {
        LocatedJson doc = LocatedJson.parse(source, json);
        if (doc.root() == null) {
            return new InjectLoad(null, doc.problems());
        }
        List<Problem> problems = new ArrayList<>(doc.problems());
        if (!doc.root().isObject()) {
            problems.add(doc.problemAt(JsonPath.ROOT, "an inject is a JSON object {...}, found "
                + SchemaCheck.describe(doc.root())));
            return new InjectLoad(null, problems);
        }
        List<Problem> schema = SchemaCheck.checkInject(doc);
        problems.addAll(schema);
        FieldReader fields = new FieldReader(doc, catalog);
        scenario.roles().forEach(r -> fields.roles.put(r.id(), r));
        fields.time = scenario.time();
        fields.timeKnown = true;
        fields.end = scenario.end();
        Set<String> phaseIds = new HashSet<>();
        scenario.phases().forEach(p -> phaseIds.add(p.id()));
        Set<String> objectiveIds = new HashSet<>();
        scenario.objectives().forEach(o -> objectiveIds.add(o.id()));
        String id = doc.root().path("id").asText(null);
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Inject i : scenario.injects()) {
            ids.add(i.id());
            if (!replacing || !i.id().equals(id)) {
                i.expectedActions().forEach(a -> keys.add(a.key()));
            }
        }
        Inject inject = new InjectReader(fields, phaseIds, objectiveIds).single(At.root(doc.root()), ids, keys,
            replacing);
        Set<String> reportedPaths = new HashSet<>();
        schema.forEach(p -> reportedPaths.add(p.path()));
        for (Problem p : fields.problems()) {
            if (!reportedPaths.contains(p.path())) {
                problems.add(p);
            }
        }
        problems.sort(Problem.IN_FILE_ORDER);
        List<Problem> distinct = problems.stream().distinct().toList();
        return distinct.isEmpty() && inject != null ? new InjectLoad(inject, List.of())
            : new InjectLoad(null, distinct.isEmpty() ? List.of(doc.problemAt(JsonPath.ROOT,
                "the inject is incomplete")) : distinct);
    }
}
