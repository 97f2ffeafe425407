package nl.paraat.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.paraat.world.DecisionType;
import nl.paraat.world.ParamSpec;
import nl.paraat.world.Params;
import nl.paraat.world.Text;
import nl.paraat.world.WorldCatalog;
import nl.paraat.world.WorldEventType;

/**
 * Reads and checks the small parts every section of a scenario file uses (texts in two languages, ids,
 * D-times, durations, deadlines, decision and event parameters, role references) and collects the
 * problems. Total on broken input: a missing or mistyped value gives null and, where the schema does not
 * already say so, a problem.
 */
class FieldReader {
    final LocatedJson doc;
    final WorldCatalog catalog;
    final List<Problem> problems;
    /** Role instances read so far, by id (shared by all readers of one file). */
    final Map<String, ScenarioRole> roles;
    ScenarioTime time = new ScenarioTime(0);
    boolean timeKnown;
    long end;

    FieldReader(LocatedJson doc, WorldCatalog catalog) {
        this.doc = doc;
        this.catalog = catalog;
        this.problems = new ArrayList<>();
        this.roles = new LinkedHashMap<>();
    }

    /** A reader sharing the problems, roles and scenario times of another. */
    FieldReader(FieldReader shared) {
        this.doc = shared.doc;
        this.catalog = shared.catalog;
        this.problems = shared.problems;
        this.roles = shared.roles;
        this.time = shared.time;
        this.timeKnown = shared.timeKnown;
        this.end = shared.end;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Checks a world-event type and its parameters; the params, or null on a problem. */
    Params eventParams(String type, At typeAt, At paramsAt) {
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

    Deadline deadline(At d) {
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

    DecisionType decisionType(String type, At at) {
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

    void checkOwner(DecisionType dt, String roleId, At at) {
        ScenarioRole role = roles.get(roleId);
        if (role != null && !dt.ownerRoleTypes().contains(role.type())) {
            problems.add(doc.problemAt(at.path(), "role \"" + roleId + "\" (a " + role.type()
                + ") cannot take decision \"" + dt.id() + "\"; it belongs to " + String.join(", ", dt.ownerRoleTypes())));
        }
    }

    boolean roleKnown(String id, At at, String what) {
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
    Params checkedParams(At at, List<ParamSpec> specs, boolean partial, String owner) {
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

    Object paramValue(At v, ParamSpec spec) {
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

    static List<ParamSpec> relaxed(List<ParamSpec> specs) {
        List<ParamSpec> out = new ArrayList<>();
        for (ParamSpec s : specs) {
            out.add(new ParamSpec(s.name(), s.kind(), false, s.min(), s.max(), s.allowed(), s.label()));
        }
        return out;
    }

    String uniqueId(At at, Set<String> seen, String what) {
        String id = at.str();
        if (id != null && !seen.add(id)) {
            problems.add(doc.problemAt(at.path(), "duplicate " + what + " id \"" + id + "\""));
        }
        return id;
    }

    /** A bilingual text with both languages filled in, or null (reported). */
    Text text(At t) {
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

    List<String> strings(At list) {
        List<String> out = new ArrayList<>();
        for (At s : list.items()) {
            if (s.str() != null) {
                out.add(s.str());
            }
        }
        return out;
    }

    /** A D-time as seconds relative to D (for the scenario start), or null (reported). */
    Long dTimeFromD(At t) {
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
    Long timeInScenario(At t, boolean endAllowed) {
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

    String outside(long at) {
        return "time " + time.format(at) + " lies outside the scenario (" + time.format(0) + " to "
            + time.format(end) + ")";
    }

    Long duration(At d) {
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

    static String known(List<String> ids) {
        if (ids.isEmpty()) {
            return "(none)";
        }
        if (ids.size() > 12) {
            return String.join(", ", ids.subList(0, 12)) + ", ... (" + ids.size() + " in all)";
        }
        return String.join(", ", ids);
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
