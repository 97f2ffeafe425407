package nl.paraat.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The static catalogue: geography and parameters (from {@code netherlands.json}) plus role, decision, event and
 * indicator types. Immutable; every list is in catalogue order. The hash maps here are only looked up.
 */
public final class WorldCatalog {
    private static volatile WorldCatalog standard;

    private final Geography geography;
    private final List<ParameterDef> parameters;
    private final Map<String, ParameterDef> parameterById = new HashMap<>();
    private final Map<String, RoleType> roleById = new HashMap<>();
    private final Map<String, DecisionType> decisionById = new HashMap<>();
    private final Map<String, WorldEventType> eventById = new HashMap<>();
    private final Map<String, IndicatorDef> indicatorById = new HashMap<>();
    private final Map<String, List<String>> entityFields = new HashMap<>();
    private final List<String> roaz;
    private final List<String> safety;
    private final List<String> corridors;
    private final List<String> nodes;
    private final List<String> ports;
    private final List<String> airports;
    private final List<String> sites;

    WorldCatalog(Geography g) {
        this.geography = g;
        List<ParameterDef> ps = new ArrayList<>();
        for (Geography.ParameterJson p : g.parameters()) {
            ParameterDef d = p.toDef();
            if (parameterById.put(d.id(), d) != null) {
                throw new IllegalArgumentException("netherlands.json: parameter " + d.id() + " defined twice");
            }
            if (d.defaultValue() < d.min() || d.defaultValue() > d.max()) {
                throw new IllegalArgumentException("netherlands.json: parameter " + d.id() + " default outside its range");
            }
            ps.add(d);
        }
        parameters = List.copyOf(ps);
        RoleTypeCatalogue.ALL.forEach(r -> roleById.put(r.id(), r));
        DecisionCatalogue.ALL.forEach(d -> decisionById.put(d.id(), d));
        WorldEventCatalogue.ALL.forEach(e -> eventById.put(e.id(), e));
        IndicatorCatalogue.ALL.forEach(i -> indicatorById.put(i.id(), i));
        roaz = ids(g.roazRegions().stream().map(Geography.RoazRegion::id).toList());
        safety = ids(g.safetyRegions().stream().map(Geography.SafetyRegion::id).toList());
        corridors = ids(g.corridors().stream().map(Geography.Corridor::id).toList());
        nodes = ids(g.nodes().stream().map(Geography.InfraNode::id).toList());
        ports = ids(g.ports().stream().map(Geography.Port::id).toList());
        airports = ids(g.airports().stream().map(Geography.Airport::id).toList());
        sites = ids(g.militarySites().stream().map(Geography.MilitarySite::id).toList());
        roaz.forEach(id -> entityFields.put(id, List.of("icuBeds", "wardBeds", "burnBeds", "ambulances", "population")));
        safety.forEach(id -> entityFields.put(id, List.of("population")));
        corridors.forEach(id -> entityFields.put(id, List.of("capacityPerDay", "civilPerDay", "lengthKm")));
        ports.forEach(id -> entityFields.put(id, List.of("militaryBerths", "civilBerths", "seaCallsPerDay",
            "inlandCallsPerDay")));
        airports.forEach(id -> entityFields.put(id, List.of("movementsPerDay")));
        nodes.forEach(id -> entityFields.put(id, List.of("backupHours")));
        checkReferences();
    }

    private List<String> ids(List<String> list) {
        for (String id : list) {
            if (entityFields.containsKey(id)) {
                throw new IllegalArgumentException("netherlands.json: id " + id + " used twice");
            }
            entityFields.put(id, List.of());
        }
        return List.copyOf(list);
    }

    private void checkReferences() {
        for (Geography.SafetyRegion s : geography.safetyRegions()) {
            require(roaz.contains(s.roaz()), "safety region " + s.id() + " names unknown ROAZ region " + s.roaz());
        }
        for (Geography.Corridor c : geography.corridors()) {
            c.alternatives().forEach(a -> require(corridors.contains(a), "corridor " + c.id() + ": unknown alternative " + a));
            c.safetyRegions().forEach(a -> require(safety.contains(a), "corridor " + c.id() + ": unknown region " + a));
            c.servesPorts().forEach(a -> require(ports.contains(a), "corridor " + c.id() + ": unknown port " + a));
        }
        for (Geography.InfraNode n : geography.nodes()) {
            require(n.safetyRegion() == null || safety.contains(n.safetyRegion()), "node " + n.id() + ": unknown region");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("netherlands.json: " + message);
        }
    }

    /** The default catalogue (netherlands.json), loaded once. */
    public static WorldCatalog standard() {
        WorldCatalog c = standard;
        if (c == null) {
            synchronized (WorldCatalog.class) {
                c = standard;
                if (c == null) {
                    c = new WorldCatalog(Geography.netherlands());
                    standard = c;
                }
            }
        }
        return c;
    }

    /** A catalogue over another data file (tests, other countries). */
    public static WorldCatalog of(Geography geography) {
        return new WorldCatalog(geography);
    }

    public Geography geography() {
        return geography;
    }

    public List<RoleType> roleTypes() {
        return RoleTypeCatalogue.ALL;
    }

    public Optional<RoleType> roleType(String id) {
        return Optional.ofNullable(roleById.get(id));
    }

    public List<DecisionType> decisionTypes() {
        return DecisionCatalogue.ALL;
    }

    public Optional<DecisionType> decisionType(String id) {
        return Optional.ofNullable(decisionById.get(id));
    }

    public List<WorldEventType> eventTypes() {
        return WorldEventCatalogue.ALL;
    }

    public Optional<WorldEventType> eventType(String id) {
        return Optional.ofNullable(eventById.get(id));
    }

    public List<IndicatorDef> indicators() {
        return IndicatorCatalogue.ALL;
    }

    public Optional<IndicatorDef> indicator(String id) {
        return Optional.ofNullable(indicatorById.get(id));
    }

    public List<ParameterDef> parameters() {
        return parameters;
    }

    public Optional<ParameterDef> parameter(String id) {
        return Optional.ofNullable(parameterById.get(id));
    }

    /** Valid scope ids for an indicator scope ("NL" for NATIONAL). */
    public List<String> scopeIds(IndicatorScope scope) {
        return switch (scope) {
            case NATIONAL -> List.of("NL");
            case ROAZ_REGION -> roaz;
            case SAFETY_REGION -> safety;
            case CORRIDOR -> corridors;
            case PORT -> ports;
        };
    }

    public List<String> roazRegions() {
        return roaz;
    }

    public List<String> safetyRegions() {
        return safety;
    }

    public List<String> corridors() {
        return corridors;
    }

    public List<String> nodes() {
        return nodes;
    }

    public List<String> ports() {
        return ports;
    }

    public List<String> airports() {
        return airports;
    }

    /** Ids of military sites and staging areas (catalogue order). */
    public List<String> militarySites() {
        return sites;
    }

    /** Overridable entity fields: entityId -> field names; empty when the id is unknown. */
    public Optional<List<String>> entityFields(String entityId) {
        return Optional.ofNullable(entityFields.get(entityId));
    }

    /** Checks a parameter/decision/event value set; returns problems as human-readable strings (empty = ok). */
    public List<String> checkParams(List<ParamSpec> specs, Params params) {
        List<String> problems = new ArrayList<>();
        Map<String, ParamSpec> byName = new HashMap<>();
        for (ParamSpec s : specs) {
            byName.put(s.name(), s);
            if (s.required() && !params.has(s.name())) {
                problems.add("missing parameter '" + s.name() + "'");
            }
        }
        for (Map.Entry<String, Object> e : params.values().entrySet()) {
            ParamSpec s = byName.get(e.getKey());
            if (s == null) {
                problems.add("unknown parameter '" + e.getKey() + "' (allowed: "
                    + String.join(", ", specs.stream().map(ParamSpec::name).toList()) + ")");
            } else {
                String p = checkValue(s, e.getValue());
                if (p != null) {
                    problems.add("parameter '" + s.name() + "': " + p);
                }
            }
        }
        return Collections.unmodifiableList(problems);
    }

    private String checkValue(ParamSpec s, Object v) {
        switch (s.kind()) {
            case INTEGER:
                if (!(v instanceof Long)) {
                    return "expected a whole number, got " + describe(v);
                }
                return range(s, ((Long) v).doubleValue());
            case NUMBER:
            case DURATION:
                if (!(v instanceof Number n)) {
                    return "expected a number, got " + describe(v);
                }
                if (Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
                    return "expected a finite number";
                }
                return range(s, n.doubleValue());
            case BOOLEAN:
                return v instanceof Boolean ? null : "expected true or false, got " + describe(v);
            case TEXT:
                if (!(v instanceof String str)) {
                    return "expected text, got " + describe(v);
                }
                if ("site".equals(s.name()) && !sites.contains(str)) {
                    return "unknown military site '" + str + "'";
                }
                return null;
            case ENUM:
                if (!(v instanceof String str2) || !s.allowed().contains(str2)) {
                    return "expected one of " + s.allowed() + ", got " + describe(v);
                }
                return null;
            case LIST:
                if (!(v instanceof List<?> l)) {
                    return "expected a list, got " + describe(v);
                }
                if (l.isEmpty() && s.required()) {
                    return "the list is empty";
                }
                for (Object o : l) {
                    if (!s.allowed().isEmpty() && !s.allowed().contains(o)) {
                        return "unknown item '" + o + "' (allowed: " + s.allowed() + ")";
                    }
                }
                return null;
            case REGION:
                return idIn(v, "NL".equals(v) || roaz.contains(v) || safety.contains(v), "region (ROAZ, safety region or NL)");
            case ROAZ_REGION:
                return idIn(v, roaz.contains(v), "ROAZ region");
            case SAFETY_REGION:
                return idIn(v, safety.contains(v), "safety region");
            case CORRIDOR:
                return idIn(v, corridors.contains(v), "corridor");
            case NODE:
                return idIn(v, nodes.contains(v), "infrastructure node");
            case PORT:
                return idIn(v, ports.contains(v), "port");
            case AIRPORT:
                return idIn(v, airports.contains(v), "airport");
            case ROLE_TYPE:
                return idIn(v, roleById.containsKey(v), "role type");
            default:
                return null;
        }
    }

    private static String idIn(Object v, boolean ok, String what) {
        if (!(v instanceof String)) {
            return "expected a " + what + " id, got " + describe(v);
        }
        return ok ? null : "unknown " + what + " '" + v + "'";
    }

    private static String range(ParamSpec s, double x) {
        if (s.min() != null && x < s.min() || s.max() != null && x > s.max()) {
            return String.format(Locale.ROOT, "%s is outside [%s, %s]", fmt(x),
                s.min() == null ? "-inf" : fmt(s.min()), s.max() == null ? "inf" : fmt(s.max()));
        }
        return null;
    }

    static String fmt(double x) {
        return x == StrictMath.rint(x) && StrictMath.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }

    private static String describe(Object v) {
        return v instanceof String ? "'" + v + "'" : String.valueOf(v);
    }
}
