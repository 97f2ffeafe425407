package nl.paraat.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.paraat.world.DecisionType;
import nl.paraat.world.IndicatorDef;
import nl.paraat.world.ParamSpec;
import nl.paraat.world.ParameterDef;
import nl.paraat.world.Params;
import nl.paraat.world.RegionKind;
import nl.paraat.world.RoleType;
import nl.paraat.world.Text;
import nl.paraat.world.WorldCatalog;
import nl.paraat.world.WorldEventType;
import nl.paraat.world.WorldSetup;

/**
 * Reads a located, parsed scenario tree into a {@link Scenario} and checks its meaning against the world
 * catalogue: references between parts, catalogue ids, times inside the scenario, both languages,
 * parameter ranges, trigger cycles. Walks broken trees without failing; every problem is collected.
 */
final class ScenarioReader {
    /** Role ids reserved for the control cell in commands and journals. */
    /** Largest value of an entity field the world accepts. */
    static final double MAX_ENTITY_VALUE = 1e9;
    static final Set<String> RESERVED_ROLE_IDS = Set.of("facilitator", "observer", "white-cell");

    private final LocatedJson doc;
    private final WorldCatalog catalog;
    private final List<Problem> problems = new ArrayList<>();
    private ScenarioTime time = new ScenarioTime(0);
    private boolean timeKnown;
    private long end;
    private final Map<String, ScenarioRole> roles = new LinkedHashMap<>();
    private final Set<String> phaseIds = new HashSet<>();
    private final Set<String> objectiveIds = new HashSet<>();
    private final Set<String> injectIds = new HashSet<>();
    private final Set<String> actionKeys = new HashSet<>();

    ScenarioReader(LocatedJson doc, WorldCatalog catalog) {
        this.doc = doc;
        this.catalog = catalog;
    }

    List<Problem> problems() {
        return problems;
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
        List<Inject> injects = injects(root);
        if (!problems.isEmpty() || meta == null) {
            return null;
        }
        return new Scenario(meta, phases, roleList, delays, objectives, setup, events, injects);
    }

    // ------------------------------------------------------------------------------------------------
    // metadata

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

    // ------------------------------------------------------------------------------------------------
    // phases, roles, delays, objectives

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

    // ------------------------------------------------------------------------------------------------
    // world set-up and events

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

    /** Checks a world-event type and its parameters; the params, or null on a problem. */
    private Params eventParams(String type, At typeAt, At paramsAt) {
        if (type == null) {
            return null;
        }
        Optional<WorldEventType> et = catalog.eventType(type);
        if (et.isEmpty()) {
            problems.add(doc.problemAt(typeAt.path(), "unknown world event type \"" + type + "\"; known: "
                + known(catalog.eventTypes().stream().map(WorldEventType::id).toList())));
            return null;
        }
        return checkedParams(paramsAt, et.get().params(), false, "world event \"" + type + "\"");
    }

    // ------------------------------------------------------------------------------------------------
    // injects

    private List<Inject> injects(At root) {
        List<At> nodes = new ArrayList<>();
        List<String> nestedPhase = new ArrayList<>();
        for (At i : root.get("injects").items()) {
            nodes.add(i);
            nestedPhase.add(null);
        }
        for (At p : root.get("phases").items()) {
            for (At i : p.get("injects").items()) {
                nodes.add(i);
                nestedPhase.add(p.get("id").str());
            }
        }
        Map<String, At> byId = new HashMap<>();
        for (At n : nodes) {
            String id = uniqueId(n.get("id"), injectIds, "inject");
            if (id != null) {
                byId.put(id, n);
            }
        }
        List<Inject> out = new ArrayList<>();
        for (int k = 0; k < nodes.size(); k++) {
            Inject inject = inject(nodes.get(k), nestedPhase.get(k));
            if (inject != null) {
                out.add(inject);
            }
        }
        checkCycles(nodes, byId);
        return out;
    }

    private Inject inject(At n, String nestedPhase) {
        String id = n.get("id").str();
        Text title = text(n.get("title"));
        Text body = text(n.get("text"));
        InjectType type = InjectType.byId(n.get("type").str()).orElse(null);
        Trigger trigger = trigger(n.get("trigger"), id);
        String phase = n.get("phase").str();
        if (phase != null && !phaseIds.contains(phase)) {
            problems.add(doc.problemAt(n.get("phase").path(), "unknown phase \"" + phase + "\"; known: "
                + known(new ArrayList<>(new TreeSet<>(phaseIds)))));
        } else if (phase != null && nestedPhase != null && !phase.equals(nestedPhase)) {
            problems.add(doc.problemAt(n.get("phase").path(), "the inject is listed under phase \"" + nestedPhase
                + "\" but says phase \"" + phase + "\""));
        }
        if (phase == null) {
            phase = nestedPhase;
        }
        List<String> recipients = new ArrayList<>();
        for (At r : n.get("recipients").items()) {
            String rid = r.str();
            if (rid != null && roleKnown(rid, r, "recipient")) {
                recipients.add(rid);
            }
        }
        Channel channel = Channel.byId(n.get("channel").str()).orElse(null);
        Sender sender = sender(n.get("sender"));
        List<Attachment> attachments = attachments(n.get("attachments"));
        List<ExpectedAction> actions = expectedActions(n.get("expectedActions"), id);
        String objective = n.get("objective").str();
        if (objective != null && !objectiveIds.contains(objective)) {
            problems.add(doc.problemAt(n.get("objective").path(), "unknown objective \"" + objective + "\"; known: "
                + known(new ArrayList<>(new TreeSet<>(objectiveIds)))));
        }
        List<WorldEffect> effects = effects(n.get("effects"));
        if (id == null || title == null || body == null || type == null || trigger == null || channel == null
            || sender == null || recipients.isEmpty()) {
            return null;
        }
        return new Inject(id, title, body, type, trigger, phase, strings(n.get("pillars")),
            strings(n.get("elements")), recipients, channel, sender, attachments, actions, objective, effects,
            n.get("controller").str(), n.get("notes").str());
    }

    private Trigger trigger(At t, String injectId) {
        if (!t.isObject()) {
            return null;
        }
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("at", "condition", "afterDecision", "afterInject")) {
            if (t.get(k).present()) {
                kinds.add(k);
            }
        }
        if (kinds.size() != 1) {
            problems.add(doc.problemAt(t.path(), kinds.isEmpty()
                ? "a trigger needs one of \"at\", \"condition\", \"afterDecision\" or \"afterInject\""
                : "a trigger has exactly one of \"at\", \"condition\", \"afterDecision\", \"afterInject\"; found "
                    + String.join(" and ", kinds)));
            return null;
        }
        long delay = 0;
        At delayAt = t.get("delay");
        if (delayAt.present()) {
            if ("at".equals(kinds.get(0))) {
                problems.add(doc.problemAtKey(delayAt.path(), "\"delay\" goes with condition, afterDecision and "
                    + "afterInject triggers; for \"at\" write the time itself"));
                return null;
            }
            Long d = duration(delayAt);
            if (d == null) {
                return null;
            }
            delay = d;
        }
        switch (kinds.get(0)) {
            case "at": {
                Long at = timeInScenario(t.get("at"), true);
                return at == null ? null : new Trigger.At(at);
            }
            case "condition": {
                Condition c = condition(t.get("condition"));
                return c == null ? null : new Trigger.OnCondition(c, delay);
            }
            case "afterDecision": {
                At d = t.get("afterDecision");
                String type = d.get("type").str();
                DecisionType dt = decisionType(type, d.get("type"));
                String role = d.get("role").str();
                if (role != null && roleKnown(role, d.get("role"), "role") && dt != null) {
                    checkOwner(dt, role, d.get("role"));
                }
                Params match = dt == null ? null : checkedParams(d.get("match"), dt.params(), true,
                    "decision \"" + type + "\"");
                return dt == null || match == null ? null : new Trigger.AfterDecision(type, role, match, delay);
            }
            default: {
                String other = t.get("afterInject").str();
                if (other == null) {
                    return null;
                }
                if (!injectIds.contains(other)) {
                    problems.add(doc.problemAt(t.get("afterInject").path(), "unknown inject \"" + other
                        + "\" (afterInject must name an inject of this scenario)"));
                    return null;
                }
                if (other.equals(injectId)) {
                    problems.add(doc.problemAt(t.get("afterInject").path(), "trigger cycle: inject \"" + injectId
                        + "\" waits for itself"));
                    return null;
                }
                return new Trigger.AfterInject(other, delay);
            }
        }
    }

    private Condition condition(At c) {
        String indicator = c.get("indicator").str();
        IndicatorDef def = null;
        if (indicator != null) {
            def = catalog.indicator(indicator).orElse(null);
            if (def == null) {
                problems.add(doc.problemAt(c.get("indicator").path(), "unknown indicator \"" + indicator
                    + "\"; known: " + known(catalog.indicators().stream().map(IndicatorDef::id).toList())));
            }
        }
        String scope = c.get("scope").present() ? c.get("scope").str() : "NL";
        if (def != null && scope != null) {
            List<String> scopes = catalog.scopeIds(def.scope());
            if (!scopes.contains(scope)) {
                problems.add(doc.problemAt(c.get("scope").present() ? c.get("scope").path() : c.path(),
                    "indicator \"" + indicator + "\" is kept per " + scopeName(def) + "; \"" + scope
                        + "\" is not one; known: " + known(scopes)));
                def = null;
            }
        }
        Condition.Op op = Condition.Op.bySymbol(c.get("op").str());
        At value = c.get("value");
        Long forSeconds = c.get("for").present() ? duration(c.get("for")) : Long.valueOf(0);
        if (value.isNumber() && !Double.isFinite(value.num())) {
            problems.add(doc.problemAt(value.path(), "the threshold must be a finite number"));
            return null;
        }
        if (def == null || op == null || !value.isNumber() || forSeconds == null) {
            return null;
        }
        return new Condition(indicator, scope, op, value.num(), forSeconds, c.get("rearm").bool(false));
    }

    private static String scopeName(IndicatorDef def) {
        return switch (def.scope()) {
            case NATIONAL -> "the whole country (scope \"NL\")";
            case ROAZ_REGION -> "ROAZ region";
            case SAFETY_REGION -> "safety region";
            case CORRIDOR -> "transport corridor";
            case PORT -> "port";
        };
    }

    private Sender sender(At s) {
        Text name = text(s.get("name"));
        Text org = text(s.get("organisation"));
        return name == null || org == null ? null : new Sender(name, org);
    }

    private List<Attachment> attachments(At list) {
        List<Attachment> out = new ArrayList<>();
        for (At a : list.items()) {
            Text label = text(a.get("label"));
            String kind = a.get("kind").str();
            if ("map".equals(kind) && label != null && a.get("lat").isNumber() && a.get("lon").isNumber()) {
                out.add(new Attachment.MapPosition(a.get("lat").num(), a.get("lon").num(), label));
            } else if ("document".equals(kind) && label != null) {
                Text body = text(a.get("text"));
                if (body != null) {
                    out.add(new Attachment.Document(label, body));
                }
            }
        }
        return out;
    }

    private List<ExpectedAction> expectedActions(At list, String injectId) {
        List<ExpectedAction> out = new ArrayList<>();
        int n = 0;
        for (At a : list.items()) {
            n++;
            String key = a.get("id").present() ? a.get("id").str() : injectId == null ? null : injectId + "/" + n;
            if (key != null && !actionKeys.add(key)) {
                problems.add(doc.problemAt(a.get("id").present() ? a.get("id").path() : a.path(),
                    "duplicate expected-action id \"" + key + "\""));
            }
            String role = a.get("role").str();
            boolean roleOk = role != null && roleKnown(role, a.get("role"), "role");
            Deadline deadline = deadline(a.get("deadline"));
            boolean decision = a.get("decision").present();
            boolean manual = a.get("manual").present();
            if (decision == manual) {
                problems.add(doc.problemAt(a.path(), "an expected action is either a \"decision\" (tracked "
                    + "automatically) or a \"manual\" action (ticked off); give exactly one"));
                continue;
            }
            if (manual && a.get("match").present()) {
                problems.add(doc.problemAtKey(a.get("match").path(), "\"match\" goes with a \"decision\", not with a "
                    + "manual action"));
            }
            if (decision) {
                String type = a.get("decision").str();
                DecisionType dt = decisionType(type, a.get("decision"));
                if (dt != null && roleOk) {
                    checkOwner(dt, role, a.get("role"));
                }
                Params match = dt == null ? null : checkedParams(a.get("match"), dt.params(), true,
                    "decision \"" + type + "\"");
                if (key != null && roleOk && dt != null && match != null && deadline != null) {
                    out.add(new ExpectedAction.Decision(key, role, type, match, deadline));
                }
            } else {
                Text text = text(a.get("manual"));
                if (key != null && roleOk && text != null && deadline != null) {
                    out.add(new ExpectedAction.Manual(key, role, text, deadline));
                }
            }
        }
        return out;
    }

    private Deadline deadline(At d) {
        String s = d.str();
        if (s == null) {
            return null;
        }
        try {
            Deadline deadline = Deadline.parse(s, time);
            if (deadline.absolute() && timeKnown && (deadline.seconds() < 0 || deadline.seconds() > end)) {
                problems.add(doc.problemAt(d.path(), outside(deadline.seconds())));
                return null;
            }
            return deadline;
        } catch (IllegalArgumentException e) {
            problems.add(doc.problemAt(d.path(), e.getMessage()));
            return null;
        }
    }

    private List<WorldEffect> effects(At list) {
        List<WorldEffect> out = new ArrayList<>();
        for (At e : list.items()) {
            String type = e.get("type").str();
            Params params = eventParams(type, e.get("type"), e.get("params"));
            Long delay = e.get("delay").present() ? duration(e.get("delay")) : Long.valueOf(0);
            if (type != null && params != null && delay != null) {
                out.add(new WorldEffect(type, params, delay));
            }
        }
        return out;
    }

    /** Reports each cycle of afterInject triggers once, at the trigger of its first inject in file order. */
    private void checkCycles(List<At> nodes, Map<String, At> byId) {
        Set<String> reported = new HashSet<>();
        for (At n : nodes) {
            String start = n.get("id").str();
            if (start == null || reported.contains(start)) {
                continue;
            }
            List<String> chain = new ArrayList<>();
            chain.add(start);
            String cur = start;
            while (true) {
                At node = byId.get(cur);
                String next = node == null ? null : node.get("trigger").get("afterInject").str();
                if (next == null || !byId.containsKey(next) || next.equals(cur)) {
                    break;
                }
                if (next.equals(start)) {
                    chain.add(start);
                    reported.addAll(chain);
                    problems.add(doc.problemAt(n.get("trigger").get("afterInject").path(),
                        "trigger cycle: " + String.join(" after ", reverse(chain))
                            + "; none of these injects can ever fire"));
                    break;
                }
                if (chain.contains(next) || chain.size() > byId.size()) {
                    break; // a cycle that does not pass through start; reported from one of its members
                }
                chain.add(next);
                cur = next;
            }
        }
    }

    private static List<String> reverse(List<String> chain) {
        List<String> r = new ArrayList<>(chain);
        java.util.Collections.reverse(r);
        return r;
    }

    // ------------------------------------------------------------------------------------------------
    // shared checks

    private DecisionType decisionType(String type, At at) {
        if (type == null) {
            return null;
        }
        Optional<DecisionType> dt = catalog.decisionType(type);
        if (dt.isEmpty()) {
            problems.add(doc.problemAt(at.path(), "unknown decision type \"" + type + "\"; known: "
                + known(catalog.decisionTypes().stream().map(DecisionType::id).toList())));
            return null;
        }
        return dt.get();
    }

    private void checkOwner(DecisionType dt, String roleId, At at) {
        ScenarioRole role = roles.get(roleId);
        if (role != null && !dt.ownerRoleTypes().contains(role.type())) {
            problems.add(doc.problemAt(at.path(), "role \"" + roleId + "\" (a " + role.type()
                + ") cannot take decision \"" + dt.id() + "\"; it belongs to " + String.join(", ", dt.ownerRoleTypes())));
        }
    }

    private boolean roleKnown(String id, At at, String what) {
        if (roles.containsKey(id)) {
            return true;
        }
        problems.add(doc.problemAt(at.path(), "unknown role instance \"" + id + "\" as " + what + "; known: "
            + known(List.copyOf(roles.keySet()))));
        return false;
    }

    /**
     * Converts a JSON parameter object and checks it against the specs with the catalogue. Duration
     * parameters may be written as durations ({@code "2h"}). With {@code partial} (a match pattern), no
     * parameter is required.
     */
    private Params checkedParams(At at, List<ParamSpec> specs, boolean partial, String owner) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean ok = true;
        Map<String, ParamSpec> byName = new HashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        for (Map.Entry<String, At> e : at.fields()) {
            Object v = paramValue(e.getValue(), byName.get(e.getKey()));
            if (v == null) {
                ok = false;
                continue;
            }
            if (!byName.containsKey(e.getKey())) {
                problems.add(doc.problemAtKey(e.getValue().path(), owner + " has no parameter \"" + e.getKey()
                    + "\"; known: " + known(specs.stream().map(ParamSpec::name).toList())));
                ok = false;
                continue;
            }
            values.put(e.getKey(), v);
        }
        if (!ok) {
            return null;
        }
        Params params = Params.of(values);
        List<ParamSpec> checked = partial ? relaxed(specs) : specs;
        List<String> found = catalog.checkParams(checked, params);
        for (String p : found) {
            problems.add(doc.problemAt(at.present() ? at.path() : JsonPath.parent(at.path()),
                "bad parameters for " + owner + ": " + p));
        }
        return found.isEmpty() ? params : null;
    }

    private Object paramValue(At v, ParamSpec spec) {
        if (v.node() == null) {
            return null;
        }
        if (v.node().isTextual()) {
            if (spec != null && spec.kind() == nl.paraat.world.ParamKind.DURATION) {
                Long d = duration(v);
                return d;
            }
            return v.node().asText();
        }
        if (v.node().isIntegralNumber() && v.node().canConvertToLong()) {
            return v.node().asLong();
        }
        if (v.node().isNumber()) {
            double d = v.node().asDouble();
            if (!Double.isFinite(d)) {
                problems.add(doc.problemAt(v.path(), "expected a finite number"));
                return null;
            }
            return d;
        }
        if (v.node().isBoolean()) {
            return v.node().asBoolean();
        }
        if (v.node().isArray()) {
            List<String> items = new ArrayList<>();
            for (At i : v.items()) {
                if (i.str() == null) {
                    return null; // the schema reports it
                }
                items.add(i.str());
            }
            return List.copyOf(items);
        }
        return null; // the schema reports objects and nulls
    }

    private static List<ParamSpec> relaxed(List<ParamSpec> specs) {
        List<ParamSpec> out = new ArrayList<>();
        for (ParamSpec s : specs) {
            out.add(new ParamSpec(s.name(), s.kind(), false, s.min(), s.max(), s.allowed(), s.label()));
        }
        return out;
    }

    private String uniqueId(At at, Set<String> seen, String what) {
        String id = at.str();
        if (id != null && !seen.add(id)) {
            problems.add(doc.problemAt(at.path(), "duplicate " + what + " id \"" + id + "\""));
        }
        return id;
    }

    /** A bilingual text with both languages filled in, or null (reported). */
    private Text text(At t) {
        if (!t.isObject()) {
            return null;
        }
        String nl = t.get("nl").str();
        String en = t.get("en").str();
        boolean ok = nl != null && en != null;
        if (nl != null && nl.isBlank()) {
            problems.add(doc.problemAt(t.get("nl").path(), "the Dutch text (\"nl\") is empty"));
            ok = false;
        }
        if (en != null && en.isBlank()) {
            problems.add(doc.problemAt(t.get("en").path(), "the English text (\"en\") is empty"));
            ok = false;
        }
        return ok ? new Text(nl, en) : null;
    }

    private List<String> strings(At list) {
        List<String> out = new ArrayList<>();
        for (At s : list.items()) {
            if (s.str() != null) {
                out.add(s.str());
            }
        }
        return out;
    }

    /** A D-time as seconds relative to D (for the scenario start), or null (reported). */
    private Long dTimeFromD(At t) {
        String s = t.str();
        if (s == null) {
            return null;
        }
        try {
            return ScenarioTime.parseFromD(s);
        } catch (IllegalArgumentException e) {
            problems.add(doc.problemAt(t.path(), e.getMessage()));
            return null;
        }
    }

    /** A D-time as model time, checked to lie inside the scenario (the end itself only if allowed). */
    private Long timeInScenario(At t, boolean endAllowed) {
        Long fromD = dTimeFromD(t);
        if (fromD == null) {
            return null;
        }
        long at = fromD + time.dOffset();
        if (timeKnown && (at < 0 || at > end || at == end && !endAllowed)) {
            problems.add(doc.problemAt(t.path(), outside(at)));
            return null;
        }
        return at;
    }

    private String outside(long at) {
        return "time " + time.format(at) + " lies outside the scenario (" + time.format(0) + " to "
            + time.format(end) + ")";
    }

    private Long duration(At d) {
        String s = d.str();
        if (s == null) {
            return null;
        }
        try {
            return ScenarioDuration.parse(s);
        } catch (IllegalArgumentException e) {
            problems.add(doc.problemAt(d.path(), e.getMessage()));
            return null;
        }
    }

    private static String known(List<String> ids) {
        if (ids.isEmpty()) {
            return "(none)";
        }
        if (ids.size() > 12) {
            return String.join(", ", ids.subList(0, 12)) + ", ... (" + ids.size() + " in all)";
        }
        return String.join(", ", ids);
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
