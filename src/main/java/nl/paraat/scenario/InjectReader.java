package nl.paraat.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.paraat.world.DecisionType;
import nl.paraat.world.IndicatorDef;
import nl.paraat.world.Params;
import nl.paraat.world.Text;

/**
 * Reads the injects of a scenario (top level and per phase): triggers, recipients, expected actions,
 * attachments and effects, checked against the roles, phases, objectives and the world catalogue; reports
 * chains of afterInject triggers that wait for each other.
 */
final class InjectReader extends FieldReader {
    private final Set<String> phaseIds;
    private final Set<String> objectiveIds;
    private final Set<String> injectIds = new HashSet<>();
    private final Set<String> actionKeys = new HashSet<>();

    InjectReader(FieldReader shared, Set<String> phaseIds, Set<String> objectiveIds) {
        super(shared);
        this.phaseIds = phaseIds;
        this.objectiveIds = objectiveIds;
    }

    /**
     * One inject read against a scenario (the document's root is the inject): the ids and expected-action
     * keys given are already taken. For {@code replacing}, the id must be one of {@code takenIds}; otherwise
     * it must be new.
     */
    Inject single(At node, Set<String> takenIds, Set<String> takenActionKeys, boolean replacing) {
        injectIds.addAll(takenIds);
        actionKeys.addAll(takenActionKeys);
        String id = node.get("id").str();
        if (id != null && replacing && !takenIds.contains(id)) {
            problems.add(doc.problemAt(node.get("id").path(), "unknown inject \"" + id + "\""));
        } else if (id != null && !replacing) {
            uniqueId(node.get("id"), injectIds, "inject");
        }
        return inject(node, null);
    }

    /** Every inject of the file, top-level ones first, then phase by phase. */
    List<Inject> injects(At root) {
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
}
