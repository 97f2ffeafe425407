package nl.paraat.world;

import java.util.ArrayList;
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
    /** Accepted decisions with a delayed effect, by id (only looked up). */
    private final Map<Long, Pending> pending = new HashMap<>();
    private long lastId;
    /** The decision whose rule is being applied (collects its delayed effects), or null. */
    private Pending applying;
    /** When a change re-applies a rule: the time its delayed effects keep (else -1). */
    private long keepAt = -1;

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
        return later(delaySeconds, effect, null);
    }

    /**
     * Runs an effect after a delay (seconds); returns the time it takes effect. {@code undo} reverses what the
     * rule did at once besides scheduling the effect (null: nothing), for a veto or change of the decision.
     */
    long later(long delaySeconds, Runnable effect, Runnable undo) {
        long at = keepAt >= 0 ? keepAt : m.sim.now() + StrictMath.max(0, delaySeconds);
        if (at <= m.sim.now()) {
            effect.run();
            return m.sim.now();
        }
        long handle = m.sim.schedule(at, Priority.COMMAND, effectType, 0, effect);
        if (applying != null) {
            applying.handles.add(handle);
            if (undo != null) {
                applying.undo.add(undo);
            }
        }
        return at;
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
        long id = ++lastId;
        Pending p = new Pending(actor, type, params);
        long at = applyRule(p, rule, -1);
        if (!p.handles.isEmpty()) {
            p.effectAt = at;
            pending.put(id, p);
        }
        return new DecisionResult(true, at, null, id);
    }

    private long applyRule(Pending p, Rule rule, long keep) {
        applying = p;
        keepAt = keep;
        try {
            return rule.apply(p.actor, p.params);
        } finally {
            applying = null;
            keepAt = -1;
        }
    }

    /** Stops the delayed effect of an accepted decision; null when done, else why not. */
    Text veto(long id) {
        Pending p = pending.get(id);
        Text why = notPending(p);
        if (why != null) {
            return why;
        }
        withdraw(p);
        pending.remove(id);
        return null;
    }

    /**
     * Replaces the parameters of an accepted decision whose delayed effect has not arrived: checked as a new
     * decision of the same actor (owner, region, parameters, precondition, on the world without the old
     * decision's commitments); its effect keeps its time. A refused change leaves the decision as it was.
     */
    DecisionResult change(long id, Params params) {
        Pending p = pending.get(id);
        Text why = notPending(p);
        if (why != null) {
            return DecisionResult.rejected(why);
        }
        DecisionType t = catalog.decisionType(p.type).orElseThrow();
        List<String> problems = catalog.checkParams(t.params(), params);
        if (!problems.isEmpty()) {
            String detail = String.join("; ", problems);
            return reject("Ongeldige parameters: " + detail, "Invalid parameters: " + detail);
        }
        Text regional = regionCheck(catalog.roleType(p.actor.type()).orElseThrow(), p.actor, t, params);
        if (regional != null) {
            return DecisionResult.rejected(regional);
        }
        withdraw(p);
        Rule rule = rules.get(p.type);
        Text refused = rule.check(p.actor, params);
        Pending next = new Pending(p.actor, p.type, refused == null ? params : p.params);
        next.effectAt = applyRule(next, rule, p.effectAt);
        pending.put(id, next);
        return refused == null ? new DecisionResult(true, next.effectAt, null, id) : DecisionResult.rejected(refused);
    }

    private Text notPending(Pending p) {
        if (p == null) {
            return Text.of("Geen besluit met een uitgesteld effect", "No decision with a delayed effect");
        }
        for (long h : p.handles) {
            if (m.sim.isPending(h)) {
                return null;
            }
        }
        return Text.of("Het effect van het besluit is al ingetreden", "The decision's effect has already arrived");
    }

    private void withdraw(Pending p) {
        m.decisionsAccepted++; // the state changes: caches keyed on accepted decisions are recomputed
        for (long h : p.handles) {
            m.sim.cancel(h);
        }
        for (int i = p.undo.size() - 1; i >= 0; i--) {
            p.undo.get(i).run();
        }
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

    /** An accepted decision and its delayed effects. */
    private static final class Pending {
        final RoleInstance actor;
        final String type;
        final Params params;
        final List<Long> handles = new ArrayList<>();
        final List<Runnable> undo = new ArrayList<>();
        long effectAt;

        Pending(RoleInstance actor, String type, Params params) {
            this.actor = actor;
            this.type = type;
            this.params = params;
        }
    }
}
