package nl.paraat.world;

import java.util.List;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;

/** Validates and applies world events (sabotage, casualty waves, disinformation, ...), now or at a scheduled time. */
final class WorldEvents {
    private final WorldCatalog catalog;
    private final Model m;
    private final EventType scheduledType;
    private final RandomStream linkSabotage;

    WorldEvents(WorldCatalog catalog, Model m) {
        this.catalog = catalog;
        this.m = m;
        this.scheduledType = new EventType("world/scheduled-event", (k, p) -> {
            Scheduled s = (Scheduled) p;
            effect(s.type(), s.params());
        });
        this.linkSabotage = m.streams.stream("transport/sabotage");
    }

    private record Scheduled(String type, Params params) {
    }

    private void validate(String type, Params p) {
        WorldEventType e = catalog.eventType(type).orElseThrow(() ->
            new IllegalArgumentException("unknown world event type '" + type + "'"));
        List<String> problems = catalog.checkParams(e.params(), p);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("world event " + type + ": " + String.join("; ", problems));
        }
        if (("rail-cable-cut".equals(type) && !m.transport.rail[m.corridor(p.string("corridor"))])
            || ("bridge-damage".equals(type) && m.transport.rail[m.corridor(p.string("corridor"))])) {
            throw new IllegalArgumentException("world event " + type + ": corridor " + p.string("corridor")
                + " is a " + (m.transport.rail[m.corridor(p.string("corridor"))] ? "rail" : "road") + " corridor");
        }
    }

    void apply(String type, Params p) {
        validate(type, p);
        effect(type, p);
    }

    void schedule(long time, String type, Params p) {
        validate(type, p);
        if (time < m.sim.now()) {
            throw new IllegalArgumentException("world event " + type + " at t=" + time + " lies in the past");
        }
        m.sim.schedule(time, Priority.OUTAGE, scheduledType, StableKey.of(type), new Scheduled(type, p));
    }

    private double hours(Params p, double dflt) {
        return p.number("hours", dflt);
    }

    private void effect(String type, Params p) {
        Health h = m.health;
        Transport tr = m.transport;
        Infrastructure inf = m.infra;
        Society soc = m.society;
        switch (type) {
            case "sabotage-link", "rail-cable-cut", "bridge-damage" -> {
                int c = m.corridor(p.string("corridor"));
                boolean fails = tr.rail[c] && tr.vigilantRail && linkSabotage.nextDouble() < 0.5;
                if (!fails) {
                    tr.close(c, hours(p, m.p("transport.sabotage.closureHours")));
                    tr.protestClosure[c] = false;
                }
            }
            case "sabotage-node" -> inf.sabotage(m.node(p.string("node")), hours(p, 0));
            case "power-outage" -> inf.powerOutage(m.vr(p.string("region")), hours(p, 8));
            case "cyber-attack" -> inf.cyber(m.node(p.string("node")), hours(p, m.p("infra.cyber.hours")));
            case "terminal-cyber-attack" -> {
                int pt = m.port(p.string("port"));
                tr.cyberUntil[pt] = m.sim.now() + (long) (p.number("days", m.p("transport.cyber.portDays")) * Model.DAY);
            }
            case "ddos" -> soc.addTrust(-1, -1);
            case "subsea-cable-damage" -> {
                int node = m.node(p.string("node"));
                double days = p.number("days", 30);
                inf.nationalDown[node] = true;
                inf.shortfall = StrictMath.max(inf.shortfall, p.number("shortfall", 0.1));
                inf.shortfallUntil = StrictMath.max(inf.shortfallUntil, m.sim.now() + (long) (days * Model.DAY));
            }
            case "gnss-jamming" -> inf.jam(m.vr(p.string("region")), hours(p, 12));
            case "drone-sighting" -> {
                int a = m.airport(p.string("airport"));
                long until = m.sim.now() + (long) (hours(p, m.p("transport.drone.closureHours")) * 3600);
                tr.droneUntil[a] = StrictMath.max(tr.droneUntil[a], until);
                tr.airportClosedUntil[a] = StrictMath.max(tr.airportClosedUntil[a], until);
            }
            case "survey-vessel" -> soc.threatLevel = StrictMath.max(soc.threatLevel, 1);
            case "suspected-mine" -> tr.mineThreat[m.port(p.string("port"))] = true;
            case "casualty-wave" -> {
                boolean incident = "incident".equals(p.string("mode", "train"));
                int r = p.has("region") ? m.roaz(p.string("region")) : h.destination();
                h.arrive((int) p.integer("count"), r, p.bool("military", !incident));
            }
            case "casualty-inflow" -> h.setInflow(p.number("perDay"), p.number("days"));
            case "hospital-train-delay" -> h.holdTrains(p.number("hours"));
            case "refugee-inflow" -> m.displaced.setInflow(p.number("perDay"), p.number("days"));
            case "disinformation-wave" -> soc.startWave(p.string("topic"), p.number("strength", 0.5),
                p.has("region") ? m.vr(p.string("region")) : -1);
            case "protest" -> {
                int v = m.vr(p.string("region"));
                double hrs = hours(p, 6);
                soc.protest[v] = 3;
                soc.protestUntil[v] = m.sim.now() + (long) (hrs * 3600);
                if (p.has("corridor")) {
                    int c = m.corridor(p.string("corridor"));
                    if (!tr.escorted[c]) {
                        tr.close(c, hrs);
                        tr.protestClosure[c] = true;
                    }
                }
            }
            case "run-on-shops" -> {
                int v = m.vr(p.string("region"));
                soc.unrest[v] = Society.clamp(soc.unrest[v] + 15);
            }
            case "vessel-arrival" -> tr.shipArrives(m.port(p.string("port")),
                p.integer("items", (long) m.p("transport.ship.items")));
            case "deployment-plan" -> tr.addPlan(p.integer("items"), p.number("days"),
                p.has("port") ? m.port(p.string("port")) : -1);
            case "medicine-shortage" -> h.medicineDays = StrictMath.max(0, h.medicineDays - p.number("days"));
            case "fuel-shortage" -> m.economy.fuelDays = StrictMath.max(0, m.economy.fuelDays - p.number("days"));
            case "payment-outage" -> {
                int v = m.vr(p.string("region"));
                inf.cyberUntil[v][Infrastructure.PAYMENTS] = StrictMath.max(inf.cyberUntil[v][Infrastructure.PAYMENTS],
                    m.sim.now() + (long) (hours(p, 24) * 3600));
            }
            case "staff-data-leak" -> {
                soc.dataLeak = true;
                soc.addTrust(-1, -3);
            }
            case "staff-exhaustion" -> {
                int r = m.roaz(p.string("region"));
                h.exhaustion[r] = StrictMath.min(0.5, h.exhaustion[r] + p.number("share"));
                h.refreshCapacity();
            }
            case "article5-invoked" -> soc.threatLevel = 2;
            default -> throw new IllegalStateException("world event type without an effect: " + type);
        }
    }
}
