package nl.paraat.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.paraat.world.ParameterDef;
import nl.paraat.world.Params;
import nl.paraat.world.RegionKind;
import nl.paraat.world.RoleType;
import nl.paraat.world.Text;
import nl.paraat.world.WorldCatalog;
import nl.paraat.world.WorldSetup;

/**
 * Reads a located, parsed scenario tree into a {@link Scenario} and checks its meaning against the world
 * catalogue: references between parts, catalogue ids, times inside the scenario, both languages,
 * parameter ranges, trigger cycles. Walks broken trees without failing; every problem is collected.
 */
final class ScenarioReader extends FieldReader {
    /** Largest value of an entity field the world accepts. */
    static final double MAX_ENTITY_VALUE = 1e9;
    /** Role ids reserved for the control cell in commands and journals. */
    static final Set<String> RESERVED_ROLE_IDS = Set.of("facilitator", "observer", "white-cell");

    private final Set<String> phaseIds = new HashSet<>();
    private final Set<String> objectiveIds = new HashSet<>();

    ScenarioReader(LocatedJson doc, WorldCatalog catalog) {
        super(doc, catalog);
    }

    /** The scenario, or null when there were problems. */
    Scenario read() {
        At root = At.root(doc.root());
        ScenarioMeta meta = meta(root);
        List<Phase> phases = phases(root.get("phases"));
        List<ScenarioRole> roleList = roles(root.get("roles"));
        SortedMap<String, Long> delays = reportingDelays(root.get("reportingDelays"));
        List<Objective> objectives = objectives(root.get("objectives"));
        WorldSetup setup = new WorldSetup(parameters(root.get("parameters")), entities(root.get("entities")));
        List<ScheduledEvent> events = worldEvents(root.get("worldEvents"));
        List<Inject> injects = new InjectReader(this, phaseIds, objectiveIds).injects(root);
        if (!problems.isEmpty() || meta == null) {
            return null;
        }
        return new Scenario(meta, phases, roleList, delays, objectives, setup, events, injects);
    }

    private ScenarioMeta meta(At root) {
        String id = root.get("id").str();
        Text title = text(root.get("title"));
        Text description = root.get("description").present() ? text(root.get("description")) : null;
        Text audience = text(root.get("audience"));
        List<String> languages = new ArrayList<>();
        for (At l : root.get("languages").items()) {
            if (l.str() != null) {
                languages.add(l.str());
            }
        }
        if (root.get("languages").present() && (!languages.contains("nl") || !languages.contains("en"))) {
            problems.add(doc.problemAt(root.get("languages").path(),
                "Paraat needs every text in Dutch and English: list both \"nl\" and \"en\""));
        }
        Long start = dTimeFromD(root.get("start"));
        Long duration = duration(root.get("duration"));
        if (duration != null && duration <= 0) {
            problems.add(doc.problemAt(root.get("duration").path(), "the duration must be longer than zero"));
            duration = null;
        }
        if (start != null) {
            time = new ScenarioTime(-start);
            if (duration != null) {
                timeKnown = true;
                end = duration;
            }
        }
        if (id == null || title == null || audience == null || start == null || duration == null) {
            return null;
        }
        return new ScenarioMeta(id, title, description, audience, languages, start, duration);
    }

    private List<Phase> phases(At list) {
        List<Phase> out = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (At p : list.items()) {
            String id = uniqueId(p.get("id"), phaseIds, "phase");
            Text name = text(p.get("name"));
            Long start = timeInScenario(p.get("start"), false);
            At speed = p.get("speed");
            if (start != null) {
                if (start < previous) {
                    problems.add(doc.problemAt(p.get("start").path(),
                        "phases must be listed in time order; this one starts before the one above it"));
                }
                previous = start;
            }
            if (id != null && name != null && start != null) {
                out.add(new Phase(id, name, start,
                    speed.isNumber() ? OptionalDouble.of(speed.num()) : OptionalDouble.empty()));
            }
        }
        return out;
    }

    private List<ScenarioRole> roles(At list) {
        List<ScenarioRole> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (At r : list.items()) {
            String id = uniqueId(r.get("id"), ids, "role");
            if (id != null && RESERVED_ROLE_IDS.contains(id)) {
                problems.add(doc.problemAt(r.get("id").path(), "the role id \"" + id
                    + "\" is reserved for the control cell; choose another"));
            }
            String typeId = r.get("type").str();
            Optional<RoleType> type = Optional.empty();
            if (typeId != null) {
                type = catalog.roleType(typeId);
                if (type.isEmpty()) {
                    problems.add(doc.problemAt(r.get("type").path(), "unknown role type \"" + typeId
                        + "\"; known: " + known(catalog.roleTypes().stream().map(RoleType::id).toList())));
                }
            }
            String region = r.get("region").str();
            type.ifPresent(t -> checkRegion(t, region, r));
            Text name = text(r.get("name"));
            if (id != null && typeId != null && name != null) {
                ScenarioRole role = new ScenarioRole(id, typeId, region, name);
                out.add(role);
                roles.put(id, role);
            }
        }
        return out;
    }

    private void checkRegion(RoleType type, String region, At r) {
        RegionKind kind = type.regionKind();
        if (kind == RegionKind.NONE) {
            if (region != null) {
                problems.add(doc.problemAt(r.get("region").path(), "role type \"" + type.id()
                    + "\" works nationally and has no region; remove \"region\""));
            }
            return;
        }
        List<String> allowed = kind == RegionKind.ROAZ ? catalog.roazRegions() : catalog.safetyRegions();
        String what = kind == RegionKind.ROAZ ? "ROAZ region" : "safety region";
        if (region == null) {
            problems.add(doc.problemAt(r.path(), "role type \"" + type.id() + "\" needs a \"region\" (a " + what
                + "); known: " + known(allowed)));
        } else if (!allowed.contains(region)) {
            problems.add(doc.problemAt(r.get("region").path(), "unknown " + what + " \"" + region + "\"; known: "
                + known(allowed)));
        }
    }

    private SortedMap<String, Long> reportingDelays(At map) {
        SortedMap<String, Long> out = new TreeMap<>();
        Set<String> groups = new TreeSet<>();
        catalog.indicators().forEach(i -> groups.add(i.group()));
        for (Map.Entry<String, At> e : map.fields()) {
            if (!groups.contains(e.getKey())) {
                problems.add(doc.problemAtKey(e.getValue().path(), "unknown indicator group \"" + e.getKey()
                    + "\"; known: " + known(List.copyOf(groups))));
            }
            Long d = duration(e.getValue());
            if (d != null) {
                out.put(e.getKey(), d);
            }
        }
        return out;
    }

    private List<Objective> objectives(At list) {
        List<Objective> out = new ArrayList<>();
        for (At o : list.items()) {
            String id = uniqueId(o.get("id"), objectiveIds, "objective");
            Text text = text(o.get("text"));
            Text capability = text(o.get("coreCapability"));
            List<Text> tasks = new ArrayList<>();
            for (At t : o.get("criticalTasks").items()) {
                Text task = text(t);
                if (task != null) {
                    tasks.add(task);
                }
            }
            String blr = o.get("blr").str();
            String pillar = o.get("pillar").str();
            if (id != null && text != null && capability != null && blr != null && pillar != null) {
                out.add(new Objective(id, text, blr, pillar, capability, tasks));
            }
        }
        return out;
    }

    private SortedMap<String, Double> parameters(At map) {
        SortedMap<String, Double> out = new TreeMap<>();
        for (Map.Entry<String, At> e : map.fields()) {
            Optional<ParameterDef> def = catalog.parameter(e.getKey());
            if (def.isEmpty()) {
                problems.add(doc.problemAtKey(e.getValue().path(), "unknown parameter \"" + e.getKey()
                    + "\" (see the parameter catalogue: paraat world parameters)"));
                continue;
            }
            if (!e.getValue().isNumber()) {
                continue; // the schema reports it
            }
            double v = e.getValue().num();
            ParameterDef p = def.get();
            if (!Double.isFinite(v) || v < p.min() || v > p.max()) {
                problems.add(doc.problemAt(e.getValue().path(), "parameter \"" + p.id() + "\" is " + number(v)
                    + ", outside its range " + number(p.min()) + " to " + number(p.max())
                    + (p.unit() == null || p.unit().isEmpty() ? "" : " " + p.unit())));
                continue;
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    private SortedMap<String, SortedMap<String, Double>> entities(At map) {
        SortedMap<String, SortedMap<String, Double>> out = new TreeMap<>();
        for (Map.Entry<String, At> e : map.fields()) {
            Optional<List<String>> fields = catalog.entityFields(e.getKey());
            if (fields.isEmpty()) {
                problems.add(doc.problemAtKey(e.getValue().path(), "unknown entity \"" + e.getKey()
                    + "\" (a region, hospital, port, corridor or node id of the world)"));
                continue;
            }
            SortedMap<String, Double> values = new TreeMap<>();
            for (Map.Entry<String, At> f : e.getValue().fields()) {
                if (!fields.get().contains(f.getKey())) {
                    problems.add(doc.problemAtKey(f.getValue().path(), "entity \"" + e.getKey()
                        + "\" has no field \"" + f.getKey() + "\"; known: " + known(fields.get())));
                } else if (f.getValue().isNumber()) {
                    double v = f.getValue().num();
                    if (!Double.isFinite(v) || v < 0 || v > MAX_ENTITY_VALUE) {
                        problems.add(doc.problemAt(f.getValue().path(), "entity field \"" + f.getKey() + "\" is "
                            + number(v) + ", outside its range 0 to 1000000000"));
                    } else {
                        values.put(f.getKey(), v);
                    }
                }
            }
            out.put(e.getKey(), values);
        }
        return out;
    }

    private List<ScheduledEvent> worldEvents(At list) {
        List<ScheduledEvent> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (At e : list.items()) {
            String id = e.get("id").present() ? uniqueId(e.get("id"), ids, "world event") : null;
            Long at = timeInScenario(e.get("at"), true);
            String type = e.get("type").str();
            Params params = eventParams(type, e.get("type"), e.get("params"));
            if (at != null && type != null && params != null) {
                out.add(new ScheduledEvent(id, at, type, params));
            }
        }
        return out;
    }
}
