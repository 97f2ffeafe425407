package nl.paraat.exercise.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nl.paraat.scenario.ExpectedAction;
import nl.paraat.scenario.ScenarioRole;
import nl.paraat.world.DecisionType;
import nl.paraat.world.ParamKind;
import nl.paraat.world.ParamSpec;
import nl.paraat.world.Params;
import nl.paraat.world.RoleType;
import nl.paraat.world.WorldCatalog;

/**
 * The decision a pre-play takes for an expected decision action: its type, with the action's {@code match}
 * as parameters and each required parameter the match leaves out filled with the smallest sensible value
 * (ASSUMPTION: the least the role could decide): a number's minimum, an enumeration's first value, true,
 * the role's own region for a region, else the first id the catalogue knows. When the first missing
 * parameter is an enumeration, the other values are offered as further candidates, tried in order until
 * the world accepts one (the first value may be the state the world is already in).
 */
final class ExpectedDecision {
    private ExpectedDecision() {
    }

    /** The parameter sets to try, in order (at least one). */
    static List<Params> candidates(ExpectedAction.Decision action, ScenarioRole role, WorldCatalog catalog) {
        TreeMap<String, Object> values = new TreeMap<>(action.match().values());
        DecisionType type = catalog.decisionType(action.decisionType()).orElse(null);
        if (type == null) {
            return List.of(action.match());
        }
        ParamSpec firstEnum = null;
        for (ParamSpec spec : type.params()) {
            if (spec.required() && !values.containsKey(spec.name())) {
                Object v = fill(spec, role, catalog);
                if (v != null) {
                    values.put(spec.name(), v);
                    if (firstEnum == null && spec.kind() == ParamKind.ENUM) {
                        firstEnum = spec;
                    }
                }
            }
        }
        List<Params> out = new ArrayList<>();
        out.add(Params.of(values));
        if (firstEnum != null) {
            for (String other : firstEnum.allowed().subList(1, firstEnum.allowed().size())) {
                TreeMap<String, Object> variant = new TreeMap<>(values);
                variant.put(firstEnum.name(), other);
                out.add(Params.of(variant));
            }
        }
        return out;
    }

    private static Object fill(ParamSpec spec, ScenarioRole role, WorldCatalog catalog) {
        String region = role == null ? null : role.region();
        return switch (spec.kind()) {
            case INTEGER -> (long) StrictMath.ceil(spec.min() == null ? 1 : spec.min());
            case NUMBER, DURATION -> spec.min() == null ? 1.0 : spec.min();
            case BOOLEAN -> Boolean.TRUE;
            case ENUM -> first(spec.allowed());
            case TEXT -> "pre-play";
            case REGION -> region != null ? region : first(catalog.safetyRegions());
            case ROAZ_REGION -> region != null && catalog.roazRegions().contains(region) ? region
                : first(catalog.roazRegions());
            case SAFETY_REGION -> region != null && catalog.safetyRegions().contains(region) ? region
                : first(catalog.safetyRegions());
            case CORRIDOR -> first(catalog.corridors());
            case NODE -> first(catalog.nodes());
            case PORT -> first(catalog.ports());
            case AIRPORT -> first(catalog.airports());
            case ROLE_TYPE -> first(catalog.roleTypes().stream().map(RoleType::id).toList());
            case LIST -> spec.allowed().isEmpty() ? null : List.of(spec.allowed().get(0));
        };
    }

    private static Object first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }
}
