package nl.paraat.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.Simulator;
import nl.paraat.world.DecisionListener;
import nl.paraat.world.DecisionResult;
import nl.paraat.world.Params;
import nl.paraat.world.Proposal;
import nl.paraat.world.RoleInstance;
import nl.paraat.world.SampleListener;
import nl.paraat.world.Text;

/**
 * A world whose indicators follow a script: samples every hour from T0, values changed at set times,
 * decisions accepted with a 30-minute effect delay unless their type is refused, world events recorded.
 */
final class ScriptedWorld implements WorldPort {
    static final long EFFECT_DELAY = 1800;

    final Simulator sim;
    final Map<String, Double> current = new HashMap<>();
    final Map<String, TreeMap<Long, Double>> samples = new HashMap<>();
    final List<String> sampledKeys = new ArrayList<>();
    final List<String> appliedEvents = new ArrayList<>();
    final List<String> refused = new ArrayList<>();
    final Map<String, List<Proposal>> doctrine = new LinkedHashMap<>();
    private final List<SampleListener> sampleListeners = new ArrayList<>();
    private final List<DecisionListener> decisionListeners = new ArrayList<>();
    private final EventType sample;
    private long decided;
    private final EventType change;

    ScriptedWorld(Simulator sim) {
        this.sim = sim;
        this.sample = new EventType("scripted/sample", (k, p) -> sample());
        this.change = new EventType("scripted/change", (k, p) -> {
            Object[] kv = (Object[]) p;
            current.put((String) kv[0], (Double) kv[1]);
        });
    }

    /** Sets an indicator's true value now. */
    ScriptedWorld set(String indicator, String scope, double v) {
        String key = indicator + "@" + scope;
        current.put(key, v);
        if (!sampledKeys.contains(key)) {
            sampledKeys.add(key);
        }
        return this;
    }

    /** Changes an indicator's true value at model time t. */
    ScriptedWorld setAt(long t, String indicator, String scope, double v) {
        set(indicator, scope, current.getOrDefault(indicator + "@" + scope, Double.NaN));
        sim.schedule(t, Priority.OUTAGE, change, 0, new Object[] {indicator + "@" + scope, v});
        return this;
    }

    private void sample() {
        long t = sim.now();
        for (String k : sampledKeys) {
            samples.computeIfAbsent(k, x -> new TreeMap<>()).put(t, current.get(k));
        }
        for (SampleListener l : sampleListeners) {
            l.onSample(t);
        }
        sim.schedule(t + 3600, Priority.SAMPLE, sample, 0);
    }

    @Override
    public void start() {
        sim.schedule(sim.now(), Priority.SAMPLE, sample, 0);
    }

    @Override
    public DecisionResult decide(RoleInstance actor, String decisionType, Params params) {
        DecisionResult r = refused.contains(decisionType)
            ? new DecisionResult(false, sim.now(), new Text("geweigerd", "refused"))
            : new DecisionResult(true, sim.now() + EFFECT_DELAY, null, ++decided);
        if (r.accepted()) {
            List<Proposal> mine = doctrine.get(actor.id());
            if (mine != null) {
                mine.removeIf(p -> p.decisionType().equals(decisionType));
            }
        }
        for (DecisionListener l : decisionListeners) {
            l.onDecision(sim.now(), actor, decisionType, params, r);
        }
        return r;
    }

    /** The scripted world keeps no effects of its own: a veto or change of a known decision always succeeds. */
    @Override
    public Text vetoPending(long decisionId) {
        return decisionId > 0 ? null : new Text("onbekend", "unknown");
    }

    @Override
    public DecisionResult changePending(long decisionId, Params params) {
        return decisionId > 0 ? new DecisionResult(true, sim.now(), null, decisionId)
            : new DecisionResult(false, -1, new Text("onbekend", "unknown"));
    }

    @Override
    public void applyEvent(String eventType, Params params) {
        appliedEvents.add(sim.now() + " " + eventType + " " + params.values());
    }

    @Override
    public double indicator(String indicatorId, String scopeId) {
        return current.getOrDefault(indicatorId + "@" + scopeId, Double.NaN);
    }

    @Override
    public double sampledAt(String indicatorId, String scopeId, long t) {
        TreeMap<Long, Double> s = samples.get(indicatorId + "@" + scopeId);
        Map.Entry<Long, Double> e = s == null ? null : s.floorEntry(t);
        return e == null ? Double.NaN : e.getValue();
    }

    @Override
    public void addSampleListener(SampleListener l) {
        sampleListeners.add(l);
    }

    @Override
    public void addDecisionListener(DecisionListener l) {
        decisionListeners.add(l);
    }

    @Override
    public List<Proposal> doctrineProposals(RoleInstance role) {
        List<Proposal> p = doctrine.get(role.id());
        return p == null ? List.of() : List.copyOf(p);
    }
}
