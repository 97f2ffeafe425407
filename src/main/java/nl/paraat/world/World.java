package nl.paraat.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.Simulator;
import nl.paraat.engine.StableHash;

/**
 * A world that runs on a {@link Simulator}: the sub-models, the decisions that change them, world events and the
 * hourly indicator samples. One thread owns it (the simulator's).
 */
public final class World {
    private final WorldCatalog catalog;
    private final Simulator sim;
    private final Model model;
    private final DecisionBook decisions;
    private final WorldEvents events;
    private final IndicatorBoard board;
    private final Doctrine doctrine;
    private final List<SampleListener> sampleListeners = new ArrayList<>();
    private final List<DecisionListener> decisionListeners = new ArrayList<>();
    private boolean started;

    private World(WorldCatalog catalog, WorldSetup setup, Simulator sim, RandomStreams streams) {
        this.catalog = catalog;
        this.sim = sim;
        Settings settings = new Settings(catalog, setup);
        this.model = new Model(catalog, settings, sim, streams);
        this.decisions = new DecisionBook(catalog, model);
        this.events = new WorldEvents(catalog, model);
        this.board = new IndicatorBoard(catalog, model, this::afterSample);
        this.doctrine = new Doctrine(catalog, model);
    }

    /**
     * Creates a world. Unknown parameter or entity ids and out-of-range values give an IllegalArgumentException
     * with a clear message.
     */
    public static World create(WorldCatalog catalog, WorldSetup setup, Simulator sim, RandomStreams streams) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(setup, "setup");
        return new World(catalog, setup, Objects.requireNonNull(sim, "sim"), Objects.requireNonNull(streams, "streams"));
    }

    public WorldCatalog catalog() {
        return catalog;
    }

    public Simulator simulator() {
        return sim;
    }

    /** Schedules the world's own processes (baseline flows, hourly step and indicator sampling) from now on. Call once. */
    public void start() {
        if (started) {
            throw new IllegalStateException("world already started");
        }
        started = true;
        model.start();
        board.start();
    }

    /**
     * Applies a decision at sim.now(): checks owner role type, region, parameters and preconditions. A rejected
     * decision changes nothing. Decision listeners hear of accepted and rejected ones.
     */
    public DecisionResult decide(RoleInstance actor, String decisionType, Params params) {
        DecisionResult r = decisions.decide(actor, decisionType, params == null ? Params.empty() : params);
        if (r.accepted()) {
            sim.mixTrace(StableHash.of(decisionType), StableHash.combine(StableHash.of(actor.id()),
                StableHash.of(String.valueOf(params == null ? "" : params.values()))));
        }
        for (DecisionListener l : decisionListeners) {
            l.onDecision(sim.now(), actor, decisionType, params, r);
        }
        return r;
    }

    /**
     * Stops the delayed effect of an accepted decision ({@link DecisionResult#id()}) before it arrives, and
     * takes back what the decision committed at once (e.g. soldiers). Returns null when done, else the
     * bilingual reason (no such decision with a delayed effect, or its effect already arrived).
     */
    public Text vetoPending(long decisionId) {
        Text why = decisions.veto(decisionId);
        if (why == null) {
            sim.mixTrace(StableHash.of("world/decision-veto"), decisionId);
        }
        return why;
    }

    /**
     * Gives an accepted decision whose delayed effect has not arrived other parameters: checked like a new
     * decision of the same role (owner, region, parameters, precondition); the effect keeps its time and
     * arrives with the new parameters. A rejection leaves the decision as it was.
     */
    public DecisionResult changePending(long decisionId, Params params) {
        DecisionResult r = decisions.change(decisionId, params == null ? Params.empty() : params);
        if (r.accepted()) {
            sim.mixTrace(StableHash.of("world/decision-change"), StableHash.combine(decisionId,
                StableHash.of(String.valueOf(params == null ? "" : params.values()))));
        }
        return r;
    }

    /** Applies a world event now. Invalid type or parameters: IllegalArgumentException. */
    public void applyEvent(String eventType, Params params) {
        events.apply(eventType, params == null ? Params.empty() : params);
        sim.mixTrace(StableHash.of(eventType), StableHash.of(String.valueOf(params == null ? "" : params.values())));
    }

    /** Schedules a world event at an absolute time (validated now). */
    public void scheduleEvent(long time, String eventType, Params params) {
        events.schedule(time, eventType, params == null ? Params.empty() : params);
    }

    /** Current true value of an indicator in a scope id ("NL", a region id, ...). Unknown: IllegalArgumentException. */
    public double indicator(String indicatorId, String scopeId) {
        return board.current(indicatorId, scopeId);
    }

    /** The sampled series (hourly) of the true value. */
    public IndicatorSeries series(String indicatorId, String scopeId) {
        return board.series(indicatorId, scopeId);
    }

    public void addSampleListener(SampleListener l) {
        sampleListeners.add(Objects.requireNonNull(l));
    }

    public void addDecisionListener(DecisionListener l) {
        decisionListeners.add(Objects.requireNonNull(l));
    }

    /** The doctrine policy: sensible default decisions for a role instance at the current state (may be empty). */
    public List<Proposal> doctrineProposals(RoleInstance role) {
        return doctrine.proposals(role);
    }

    /** Casualty conservation holds (arrived = waiting + in bed + in transport + discharged + died). */
    public boolean conserved() {
        return model.health.conserved();
    }

    /** Casualty accounting, for tests and reports. */
    public CasualtyCount casualties() {
        return model.health.count();
    }

    private void afterSample(long time) {
        for (int i = 0; i < sampleListeners.size(); i++) {
            sampleListeners.get(i).onSample(time);
        }
    }

    Model model() {
        return model;
    }
}
