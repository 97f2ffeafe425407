package nl.paraat.world;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;

/**
 * Checks and applies decisions: owner role type, the role instance's region, parameters, then the decision's own
 * preconditions; only then its effect, immediately or through a delayed effect event. A rejection changes nothing.
 * The rule map is only looked up.
 */
final class DecisionBook {
    /** A decision's precondition (null = met, else the bilingual reason) and effect (returns when it takes effect). */
    interface Rule {
        Text check(RoleInstance actor, Params p);

        long apply(RoleInstance actor, Params p);
    }

    private final WorldCatalog catalog;
    private final Model m;
    private final Map<String, Rule> rules = new HashMap<>();
    private final EventType effectType;

    DecisionBook(WorldCatalog catalog, Model m) {
        this.catalog = catalog;
        this.m = m;
        this.effectType = new EventType("world/decision-effect", (k, p) -> ((Runnable) p).run());
        new DecisionRules(m, this).register();
        for (DecisionType d : catalog.decisionTypes()) {
            if (!rules.containsKey(d.id())) {
                throw new IllegalStateException("decision type without a rule: " + d.id());
            }
        }
    }

    void rule(String id, Rule r) {
        rules.put(id, r);
    }

    /** Runs an effect after a delay (seconds); returns the time it takes effect. */
    long later(long delaySeconds, Runnable effect) {
        if (delaySeconds <= 0) {
            effect.run();
            return m.sim.now();
        }
        m.sim.scheduleIn(delaySeconds, Priority.COMMAND, effectType, 0, effect);
        return m.sim.now() + delaySeconds;
    }

    DecisionResult decide(RoleInstance actor, String type, Params params) {
        DecisionType t = catalog.decisionType(type).orElse(null);
        if (t == null) {
            return reject("Onbekend besluittype '" + type + "'", "Unknown decision type '" + type + "'");
        }
        RoleType rt = catalog.roleType(actor.type()).orElse(null);
        if (rt == null) {
            return reject("Onbekend roltype '" + actor.type() + "'", "Unknown role type '" + actor.type() + "'");
        }
        if (!t.ownerRoleTypes().contains(actor.type())) {
            return reject("Rol '" + actor.type() + "' mag '" + t.name().nl() + "' niet besluiten (eigenaar: "
                    + String.join(", ", t.ownerRoleTypes()) + ")",
                "Role '" + actor.type() + "' may not decide '" + t.name().en() + "' (owner: "
                    + String.join(", ", t.ownerRoleTypes()) + ")");
        }
        List<String> problems = catalog.checkParams(t.params(), params);
        if (!problems.isEmpty()) {
            String detail = String.join("; ", problems);
            return reject("Ongeldige parameters: " + detail, "Invalid parameters: " + detail);
        }
        Text regional = regionCheck(rt, actor, t, params);
        if (regional != null) {
            return DecisionResult.rejected(regional);
        }
        Rule rule = rules.get(type);
        Text why = rule.check(actor, params);
        if (why != null) {
            return DecisionResult.rejected(why);
        }
        m.decisionsAccepted++;
        return DecisionResult.accepted(rule.apply(actor, params));
    }

    static DecisionResult reject(String nl, String en) {
        return DecisionResult.rejected(Text.of(nl, en));
    }

    /** A regional role acts only for its own region (ROAZ or safety region), object or port. */
    private Text regionCheck(RoleType rt, RoleInstance actor, DecisionType t, Params p) {
        if (rt.regionKind() == RegionKind.NONE) {
            return null;
        }
        String own = actor.region();
        boolean valid = own != null && (rt.regionKind() == RegionKind.ROAZ ? m.isRoaz(own) : m.isVr(own));
        if (!valid) {
            return Text.of("Rolinstantie '" + actor.id() + "' heeft geen geldige regio",
                "Role instance '" + actor.id() + "' has no valid region");
        }
        for (ParamSpec s : t.params()) {
            if (!p.has(s.name()) || "to".equals(s.name())) {
                continue;
            }
            String v = p.string(s.name());
            boolean mine = switch (s.kind()) {
                case SAFETY_REGION -> sameArea(rt, own, v);
                case ROAZ_REGION -> rt.regionKind() == RegionKind.ROAZ ? own.equals(v)
                    : m.catalog.roazRegions().get(m.vrRoaz[m.vr(own)]).equals(v);
                case REGION -> !"NL".equals(v) && (m.isVr(v) ? sameArea(rt, own, v)
                    : rt.regionKind() == RegionKind.ROAZ ? own.equals(v) : false);
                case NODE -> {
                    int r = m.infra.nodeRegion(m.node(v));
                    String nodeVr = r < 0 ? m.geo.nodes().get(m.node(v)).safetyRegion() : m.catalog.safetyRegions().get(r);
                    yield nodeVr != null && sameArea(rt, own, nodeVr);
                }
                case PORT -> sameArea(rt, own, m.geo.ports().get(m.port(v)).safetyRegion());
                default -> true;
            };
            if (!mine) {
                return Text.of("'" + v + "' ligt buiten de eigen regio " + own + " van '" + actor.id() + "'",
                    "'" + v + "' lies outside the own region " + own + " of '" + actor.id() + "'");
            }
        }
        return null;
    }

    private boolean sameArea(RoleType rt, String own, String vrId) {
        if (rt.regionKind() == RegionKind.SAFETY) {
            return own.equals(vrId);
        }
        return m.catalog.roazRegions().get(m.vrRoaz[m.vr(vrId)]).equals(own);
    }
}
