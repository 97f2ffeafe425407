package nl.paraat.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import nl.paraat.world.Params;
import nl.paraat.world.Text;

/**
 * Writes a scenario, or one of its parts, back in the file format: reading the output gives an equal
 * scenario. Top-level injects are written under {@code injects} with their {@code phase} field, so MSEL
 * import and export can treat every inject alike.
 */
public final class ScenarioWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ScenarioTime time;

    /** A writer for parts of a scenario with this D-time. */
    public ScenarioWriter(ScenarioTime time) {
        this.time = time;
    }

    /** The whole scenario as pretty-printed JSON text. */
    public static String toText(Scenario s) {
        try {
            return MAPPER.writeValueAsString(new ScenarioWriter(s.time()).scenario(s)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a scenario tree", e);
        }
    }

    /** One JSON value as compact text (for a spreadsheet cell). */
    public static String compact(com.fasterxml.jackson.databind.JsonNode node) {
        return node.toString();
    }

    public ObjectNode scenario(Scenario s) {
        ObjectNode o = F.objectNode();
        ScenarioMeta m = s.meta();
        o.put("formatVersion", 1);
        o.put("id", m.id());
        o.set("title", text(m.title()));
        if (m.description() != null) {
            o.set("description", text(m.description()));
        }
        o.set("audience", text(m.audience()));
        ArrayNode langs = o.putArray("languages");
        m.languages().forEach(langs::add);
        o.put("start", ScenarioTime.formatFromD(m.start()));
        o.put("duration", ScenarioDuration.format(m.duration()));
        ArrayNode phases = o.putArray("phases");
        for (Phase p : s.phases()) {
            ObjectNode po = phases.addObject();
            po.put("id", p.id());
            po.set("name", text(p.name()));
            po.put("start", time.format(p.start()));
            p.defaultSpeed().ifPresent(v -> po.put("speed", v));
        }
        ArrayNode roles = o.putArray("roles");
        for (ScenarioRole r : s.roles()) {
            ObjectNode ro = roles.addObject();
            ro.put("id", r.id());
            ro.put("type", r.type());
            if (r.region() != null) {
                ro.put("region", r.region());
            }
            ro.set("name", text(r.name()));
        }
        if (!s.reportingDelays().isEmpty()) {
            ObjectNode d = o.putObject("reportingDelays");
            s.reportingDelays().forEach((k, v) -> d.put(k, ScenarioDuration.format(v)));
        }
        ArrayNode objectives = o.putArray("objectives");
        s.objectives().forEach(ob -> objectives.add(objective(ob)));
        if (!s.setup().parameterOverrides().isEmpty()) {
            ObjectNode p = o.putObject("parameters");
            s.setup().parameterOverrides().forEach(p::put);
        }
        if (!s.setup().entityOverrides().isEmpty()) {
            ObjectNode e = o.putObject("entities");
            s.setup().entityOverrides().forEach((id, fields) -> {
                ObjectNode fo = e.putObject(id);
                fields.forEach(fo::put);
            });
        }
        if (!s.worldEvents().isEmpty()) {
            ArrayNode ev = o.putArray("worldEvents");
            for (ScheduledEvent e : s.worldEvents()) {
                ObjectNode eo = ev.addObject();
                if (e.id() != null) {
                    eo.put("id", e.id());
                }
                eo.put("at", time.format(e.time()));
                eo.put("type", e.type());
                if (!e.params().values().isEmpty()) {
                    eo.set("params", params(e.params()));
                }
            }
        }
        ArrayNode injects = o.putArray("injects");
        s.injects().forEach(i -> injects.add(inject(i)));
        return o;
    }

    public ObjectNode objective(Objective ob) {
        ObjectNode o = F.objectNode();
        o.put("id", ob.id());
        o.set("text", text(ob.text()));
        o.put("blr", ob.blr());
        o.put("pillar", ob.pillar());
        o.set("coreCapability", text(ob.coreCapability()));
        if (!ob.criticalTasks().isEmpty()) {
            ArrayNode t = o.putArray("criticalTasks");
            ob.criticalTasks().forEach(x -> t.add(text(x)));
        }
        return o;
    }

    /** One inject in the file format. */
    public ObjectNode inject(Inject i) {
        ObjectNode o = F.objectNode();
        o.put("id", i.id());
        o.set("title", text(i.title()));
        o.set("text", text(i.text()));
        o.put("type", i.type().id());
        o.set("trigger", trigger(i.trigger()));
        if (i.phase() != null) {
            o.put("phase", i.phase());
        }
        if (!i.pillars().isEmpty()) {
            o.set("pillars", strings(i.pillars()));
        }
        if (!i.elements().isEmpty()) {
            o.set("elements", strings(i.elements()));
        }
        o.set("recipients", strings(i.recipients()));
        o.put("channel", i.channel().id());
        o.set("sender", sender(i.sender()));
        if (!i.attachments().isEmpty()) {
            o.set("attachments", attachments(i.attachments()));
        }
        if (!i.expectedActions().isEmpty()) {
            o.set("expectedActions", expectedActions(i.id(), i.expectedActions()));
        }
        if (i.objective() != null) {
            o.put("objective", i.objective());
        }
        if (!i.effects().isEmpty()) {
            o.set("effects", effects(i.effects()));
        }
        if (i.controller() != null) {
            o.put("controller", i.controller());
        }
        if (i.notes() != null) {
            o.put("notes", i.notes());
        }
        return o;
    }

    public ObjectNode trigger(Trigger t) {
        ObjectNode o = F.objectNode();
        long delay = 0;
        if (t instanceof Trigger.At at) {
            o.put("at", time.format(at.time()));
        } else if (t instanceof Trigger.OnCondition c) {
            Condition k = c.condition();
            ObjectNode co = o.putObject("condition");
            co.put("indicator", k.indicator());
            co.put("scope", k.scope());
            co.put("op", k.op().symbol());
            co.put("value", k.value());
            if (k.forSeconds() > 0) {
                co.put("for", ScenarioDuration.format(k.forSeconds()));
            }
            if (k.rearm()) {
                co.put("rearm", true);
            }
            delay = c.delay();
        } else if (t instanceof Trigger.AfterDecision d) {
            ObjectNode dO = o.putObject("afterDecision");
            dO.put("type", d.decisionType());
            if (d.role() != null) {
                dO.put("role", d.role());
            }
            if (!d.match().values().isEmpty()) {
                dO.set("match", params(d.match()));
            }
            delay = d.delay();
        } else if (t instanceof Trigger.AfterInject a) {
            o.put("afterInject", a.injectId());
            delay = a.delay();
        }
        if (delay > 0) {
            o.put("delay", ScenarioDuration.format(delay));
        }
        return o;
    }

    public ObjectNode sender(Sender s) {
        ObjectNode o = F.objectNode();
        o.set("name", text(s.name()));
        o.set("organisation", text(s.organisation()));
        return o;
    }

    public ArrayNode attachments(List<Attachment> list) {
        ArrayNode a = F.arrayNode();
        for (Attachment at : list) {
            ObjectNode o = a.addObject();
            if (at instanceof Attachment.MapPosition m) {
                o.put("kind", "map");
                o.set("label", text(m.label()));
                o.put("lat", m.lat());
                o.put("lon", m.lon());
            } else if (at instanceof Attachment.Document d) {
                o.put("kind", "document");
                o.set("label", text(d.label()));
                o.set("text", text(d.text()));
            }
        }
        return a;
    }

    /** Expected actions; ids that equal the default {@code <inject>/<n>} are left out. */
    public ArrayNode expectedActions(String injectId, List<ExpectedAction> list) {
        ArrayNode a = F.arrayNode();
        int n = 0;
        for (ExpectedAction ea : list) {
            n++;
            ObjectNode o = a.addObject();
            if (!ea.key().equals(injectId + "/" + n)) {
                o.put("id", ea.key());
            }
            o.put("role", ea.role());
            if (ea instanceof ExpectedAction.Decision d) {
                o.put("decision", d.decisionType());
                if (!d.match().values().isEmpty()) {
                    o.set("match", params(d.match()));
                }
            } else if (ea instanceof ExpectedAction.Manual m) {
                o.set("manual", text(m.text()));
            }
            o.put("deadline", ea.deadline().format(time));
        }
        return a;
    }

    public ArrayNode effects(List<WorldEffect> list) {
        ArrayNode a = F.arrayNode();
        for (WorldEffect e : list) {
            ObjectNode o = a.addObject();
            o.put("type", e.type());
            if (!e.params().values().isEmpty()) {
                o.set("params", params(e.params()));
            }
            if (e.delay() > 0) {
                o.put("delay", ScenarioDuration.format(e.delay()));
            }
        }
        return a;
    }

    public static ObjectNode text(Text t) {
        ObjectNode o = F.objectNode();
        o.put("nl", t.nl());
        o.put("en", t.en());
        return o;
    }

    /** Parameters as a JSON object (strings, integers, numbers, booleans, lists of strings). */
    public static ObjectNode params(Params p) {
        ObjectNode o = F.objectNode();
        for (Map.Entry<String, Object> e : p.values().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Long l) {
                o.put(e.getKey(), l);
            } else if (v instanceof Integer i) {
                o.put(e.getKey(), i);
            } else if (v instanceof Double d) {
                o.put(e.getKey(), d);
            } else if (v instanceof Boolean b) {
                o.put(e.getKey(), b);
            } else if (v instanceof List<?> list) {
                ArrayNode a = o.putArray(e.getKey());
                list.forEach(x -> a.add(String.valueOf(x)));
            } else {
                o.put(e.getKey(), String.valueOf(v));
            }
        }
        return o;
    }

    private static ArrayNode strings(List<String> list) {
        ArrayNode a = F.arrayNode();
        list.forEach(a::add);
        return a;
    }
}
