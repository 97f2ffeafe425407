package nl.paraat.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.Simulator;
import nl.paraat.engine.StableHash;
import nl.paraat.scenario.Condition;
import nl.paraat.scenario.Inject;
import nl.paraat.scenario.InjectLoad;
import nl.paraat.scenario.InjectLoader;
import nl.paraat.scenario.Phase;
import nl.paraat.scenario.ScenarioRole;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScheduledEvent;
import nl.paraat.scenario.Trigger;
import nl.paraat.scenario.WorldEffect;
import nl.paraat.world.DecisionResult;
import nl.paraat.world.IndicatorDef;
import nl.paraat.world.IndicatorSeries;
import nl.paraat.world.Params;
import nl.paraat.world.Proposal;
import nl.paraat.world.RoleInstance;
import nl.paraat.world.Text;
import nl.paraat.world.World;
import nl.paraat.world.WorldCatalog;
import nl.paraat.world.WorldEventType;

/**
 * The headless core of one exercise: a scenario played on the world model with one seed.
 *
 * <p>It owns a {@link Simulator}, the {@link RandomStreams} of (seed, replication) and the {@link World}
 * set up from the scenario's overrides. Creating it schedules the phases, the scenario's world events and
 * the time triggers. Inside the simulation it evaluates condition triggers at each indicator sample (with
 * {@code for} and {@code rearm}), lets doctrine-played roles decide every simulated hour right after
 * sampling, fires decision and inject triggers with their delays, delivers injects to the recipients'
 * inboxes, applies injects' world effects, and tracks each expected action to open, done on time, late or
 * missed.
 *
 * <p>Driving it: {@link #step()}, {@link #runUntil(long)} and {@link #advanceTo(long, long)} move the
 * simulation; {@link #apply(Command)} applies a command at the current point (between two events), mixing
 * it into the trace hash, so a journal of (time, events executed before, command) replays to the same
 * trace. Everything it reports ({@link #happenings()}, {@link #view(String)}, {@link #snapshot()}) is
 * immutable. One thread owns an exercise; it never reads wall time and never iterates a hash-ordered
 * collection, so a run is a pure function of (scenario, seed, replication, casting, commands).
 */
public final class Exercise {
    private static final long HOUR = 3600;

    private final Scenario scenario;
    private final Casting casting;
    private final WorldCatalog catalog;
    private final Simulator sim;
    private final RandomStreams streams;
    private final World world;
    private final WorldPort port;

    private final EventType injectEvent;
    private final EventType worldEvent;
    private final EventType effectEvent;
    private final EventType phaseEvent;

    private final List<Inject> injects = new ArrayList<>();
    private final List<InjectRun> runs = new ArrayList<>();
    private final Map<String, Integer> injectIndex = new HashMap<>();
    private final List<List<Integer>> afterInject = new ArrayList<>();
    private final List<Integer> afterDecision = new ArrayList<>();
    private final List<ConditionWatch> watches = new ArrayList<>();
    /** AfterInject triggers on injects registered later (a file lists them in any order). */
    private final Map<String, List<Integer>> pendingAfter = new HashMap<>();

    private final Map<String, ScenarioRole> roles = new LinkedHashMap<>();
    private final List<ScenarioRole> doctrineRoles = new ArrayList<>();
    private final Map<String, List<InboxItem>> inboxes = new HashMap<>();

    private final List<Delivery> deliveries = new ArrayList<>();
    private final List<DecisionRecord> decisions = new ArrayList<>();
    private final ActionBook actions;
    private final List<Happening> happenings = new ArrayList<>();
    private final List<HappeningListener> listeners = new ArrayList<>();

    /** Accepted decisions whose effect is still to arrive, by decision number (only looked up). */
    private final Map<Integer, PendingEffect> effects = new HashMap<>();
    private final InjectLoader injectLoader;
    /** The world's id of the decision being recorded (0 if none). */
    private long worldDecisionId;

    private DoctrineFilter doctrineFilter = DoctrineFilter.ALL;
    private long nextDoctrineAt;
    private Player decidingAs;
    private int acceptedDecisions;

    private Exercise(Scenario scenario, Casting casting, WorldCatalog catalog, Simulator sim, RandomStreams streams,
                     World world, WorldPort port) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.casting = Objects.requireNonNull(casting, "casting");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.sim = sim;
        this.streams = streams;
        this.world = world;
        this.port = port;
        this.injectLoader = new InjectLoader(catalog);
        this.injectEvent = new EventType("exercise/inject", (key, payload) -> onInjectEvent((int) key));
        this.worldEvent = new EventType("exercise/world-event", (key, payload) -> onWorldEvent((PendingEvent) payload));
        this.effectEvent = new EventType("exercise/effect", (key, payload) -> onEffect((PendingEffect) payload));
        this.actions = new ActionBook(sim, state -> emit(seq -> new Happening.ActionChanged(seq, sim.now(), state)));
        this.phaseEvent = new EventType("exercise/phase", (key, payload) -> onPhase((int) key));
        for (ScenarioRole r : scenario.roles()) {
            roles.put(r.id(), r);
            inboxes.put(r.id(), new ArrayList<>());
            if (casting.of(r.id()) == Player.DOCTRINE) {
                doctrineRoles.add(r);
            }
        }
        port.addSampleListener(this::onSample);
        port.addDecisionListener(this::onDecision);
        port.start();
        schedulePlan();
    }

    /** An exercise of replication 0 on the standard world catalogue. */
    public static Exercise create(Scenario scenario, long seed, Casting casting) {
        return create(scenario, seed, 0, casting, WorldCatalog.standard());
    }

    /** An exercise of one replication (Monte Carlo) on a given catalogue. */
    public static Exercise create(Scenario scenario, long seed, int replication, Casting casting,
                                  WorldCatalog catalog) {
        Simulator sim = new Simulator();
        RandomStreams streams = new RandomStreams(seed, replication);
        World world = World.create(catalog, scenario.setup(), sim, streams);
        return new Exercise(scenario, casting, catalog, sim, streams, world, WorldPort.of(world));
    }

    /**
     * Sets which doctrine proposals doctrine-played roles take (default {@link DoctrineFilter#ALL}). Set it
     * before the first step: it is part of the run's inputs, like the seed.
     */
    public Exercise doctrineFilter(DoctrineFilter filter) {
        this.doctrineFilter = Objects.requireNonNull(filter, "filter");
        return this;
    }

    /** An exercise on a scripted world (tests of the core's rules). */
    static Exercise onPort(Scenario scenario, Casting casting, WorldCatalog catalog, Simulator sim, WorldPort port) {
        return new Exercise(scenario, casting, catalog, sim, new RandomStreams(0, 0), null, port);
    }

    // ------------------------------------------------------------------------------------------------
    // driving

    /** Executes the next event. Returns false if none is pending. */
    public boolean step() {
        return sim.step();
    }

    /** Executes every event at or before model time t and moves the clock to t. Returns the events run. */
    public long runUntil(long t) {
        return sim.runUntil(t);
    }

    /**
     * Moves to the point where a command without a recorded position is applied: every event before t is
     * executed, none at t, and the clock stands at t (commands come first in their second).
     */
    public void advanceTo(long t) {
        if (t <= sim.now()) {
            return;
        }
        sim.runUntil(t - 1);
        sim.advanceTo(t);
    }

    /**
     * Moves to a recorded point: model time t after exactly {@code afterEvents} events, as a journal
     * records it, so a command applied there replays where it was applied live.
     *
     * @throws IllegalStateException if that point cannot be reached (the journal belongs to another run)
     */
    public void advanceTo(long t, long afterEvents) {
        while (sim.eventsExecuted() < afterEvents && sim.peekTime() <= t) {
            sim.step();
        }
        if (sim.eventsExecuted() != afterEvents || sim.now() > t) {
            throw new IllegalStateException("cannot reach t=" + t + " after " + afterEvents + " events: now t="
                + sim.now() + " after " + sim.eventsExecuted() + " events");
        }
        if (t > sim.now()) {
            sim.advanceTo(t);
        }
    }

    /** Current model time (seconds since T0). */
    public long now() {
        return sim.now();
    }

    /** Events executed so far. */
    public long eventsExecuted() {
        return sim.eventsExecuted();
    }

    /** The trace hash over every event and command so far. */
    public long traceHash() {
        return sim.traceHash();
    }

    /** Model time of the next pending event (or {@link Simulator#NO_EVENT}). */
    public long nextEventTime() {
        return sim.peekTime();
    }

    /** True once the clock has reached the scenario's end. */
    public boolean isOver() {
        return sim.now() >= scenario.end();
    }

    // ------------------------------------------------------------------------------------------------
    // commands

    /**
     * Applies a command now, between two events, and mixes it into the trace hash. A role instance as
     * actor takes a model decision; the facilitator and observers send the control commands of
     * {@link Command}. Never throws for a bad command: it is rejected with a reason.
     */
    public CommandOutcome apply(Command c) {
        Objects.requireNonNull(c, "command");
        sim.mixTrace(StableHash.of("command/" + c.type()),
            StableHash.combine(StableHash.of(String.valueOf(c.actor())), paramsHash(c.params())));
        if (c.isControl()) {
            return control(c);
        }
        ScenarioRole role = roles.get(c.actor());
        if (role == null) {
            return CommandOutcome.rejected(now(), "onbekende rol \"" + c.actor() + "\"",
                "unknown role instance \"" + c.actor() + "\"");
        }
        Player source = casting.of(role.id()) == Player.FACILITATOR ? Player.FACILITATOR : Player.PERSON;
        return decide(role, c.type(), c.params(), source);
    }

    private CommandOutcome control(Command c) {
        boolean facilitator = Command.FACILITATOR.equals(c.actor());
        if (!facilitator && !Command.TICK.equals(c.type())) {
            return CommandOutcome.rejected(now(), "alleen de facilitator mag dit", "only the facilitator may do this");
        }
        switch (c.type()) {
            case Command.TICK:
                return tick(str(c.params(), "action"), c.actor());
            case Command.RELEASE_INJECT:
                return release(str(c.params(), "inject"));
            case Command.HOLD_INJECT:
                return hold(str(c.params(), "inject"));
            case Command.CANCEL_INJECT:
                return cancel(str(c.params(), "inject"));
            case Command.WORLD_EVENT:
                return worldEventNow(c.params());
            case Command.DECIDE_FOR:
                return decideFor(c.params());
            case Command.ADD_INJECT:
                return addInject(c.params());
            case Command.EDIT_INJECT:
                return editInject(c.params());
            case Command.ACCEPT_EFFECT, Command.VETO_EFFECT, Command.CHANGE_EFFECT:
                return reviewEffect(c.type(), c.params());
            default:
                return CommandOutcome.rejected(now(), "onbekende opdracht \"" + c.type() + "\"",
                    "unknown command \"" + c.type() + "\"");
        }
    }

    private CommandOutcome decideFor(Params p) {
        ScenarioRole role = roles.get(str(p, "role"));
        String type = str(p, "decision");
        if (role == null || type == null) {
            return CommandOutcome.rejected(now(), "geef een bestaande \"role\" en een \"decision\"",
                "give an existing \"role\" and a \"decision\"");
        }
        return decide(role, type, without(p, "role", "decision"), Player.FACILITATOR);
    }

    private CommandOutcome decide(ScenarioRole role, String type, Params params, Player source) {
        int before = decisions.size();
        DecisionResult r;
        decidingAs = source;
        try {
            r = port.decide(role.instance(), type, params);
        } catch (IllegalArgumentException e) {
            r = new DecisionResult(false, now(), new Text("ongeldig besluit: " + e.getMessage(),
                "invalid decision: " + e.getMessage()));
        } finally {
            decidingAs = null;
        }
        if (decisions.size() == before) {
            record(now(), role.instance(), type, params, r, source); // the world did not report it
        }
        return r.accepted() ? CommandOutcome.accepted(r.effectiveAt()) : CommandOutcome.rejected(now(), r.reason());
    }

    private CommandOutcome worldEventNow(Params p) {
        String type = str(p, "event");
        Optional<WorldEventType> et = type == null ? Optional.empty() : catalog.eventType(type);
        if (et.isEmpty()) {
            return CommandOutcome.rejected(now(), "onbekende gebeurtenis \"" + type + "\"",
                "unknown world event type \"" + type + "\"");
        }
        Params params = without(p, "event");
        List<String> problems = catalog.checkParams(et.get().params(), params);
        if (!problems.isEmpty()) {
            String why = String.join("; ", problems);
            return CommandOutcome.rejected(now(), "ongeldige parameters: " + why, "invalid parameters: " + why);
        }
        return applyWorldEvent(new PendingEvent(type, params, Command.FACILITATOR))
            ? CommandOutcome.accepted(now())
            : CommandOutcome.rejected(now(), "de wereld weigerde de gebeurtenis", "the world refused the event");
    }

    private CommandOutcome tick(String key, String by) {
        if (key == null || !actions.tick(key, by)) {
            return CommandOutcome.rejected(now(), "geen openstaande verwachte actie \"" + key + "\"",
                "no open expected action \"" + key + "\"");
        }
        return CommandOutcome.accepted(now());
    }

    private CommandOutcome release(String injectId) {
        Integer idx = injectId == null ? null : injectIndex.get(injectId);
        if (idx == null) {
            return unknownInject(injectId);
        }
        InjectRun r = runs.get(idx);
        if (r.status == InjectStatus.CANCELLED) {
            return CommandOutcome.rejected(now(), "inject is geannuleerd", "the inject was cancelled");
        }
        if (r.deliveries > 0 && !r.heldReady && !rearms(idx)) {
            return CommandOutcome.rejected(now(), "inject is al verstrekt", "the inject was already delivered");
        }
        r.held = false;
        r.heldReady = false;
        r.fired = true;
        cancelPending(r);
        deliver(idx);
        return CommandOutcome.accepted(now());
    }

    private CommandOutcome hold(String injectId) {
        Integer idx = injectId == null ? null : injectIndex.get(injectId);
        if (idx == null) {
            return unknownInject(injectId);
        }
        InjectRun r = runs.get(idx);
        if (r.status == InjectStatus.CANCELLED || r.deliveries > 0 && !rearms(idx)) {
            return CommandOutcome.rejected(now(), "inject is al verstrekt of geannuleerd",
                "the inject was already delivered or cancelled");
        }
        r.held = true;
        if (r.status != InjectStatus.DELIVERED) {
            r.status = InjectStatus.HELD;
        }
        emit(seq -> new Happening.InjectChanged(seq, now(), injectId, InjectStatus.HELD));
        return CommandOutcome.accepted(now());
    }

    private CommandOutcome cancel(String injectId) {
        Integer idx = injectId == null ? null : injectIndex.get(injectId);
        if (idx == null) {
            return unknownInject(injectId);
        }
        InjectRun r = runs.get(idx);
        if (r.status == InjectStatus.CANCELLED || r.deliveries > 0 && !rearms(idx)) {
            return CommandOutcome.rejected(now(), "inject is al verstrekt of geannuleerd",
                "the inject was already delivered or cancelled");
        }
        r.status = InjectStatus.CANCELLED;
        r.held = false;
        cancelPending(r);
        emit(seq -> new Happening.InjectChanged(seq, now(), injectId, InjectStatus.CANCELLED));
        return CommandOutcome.accepted(now());
    }

    private CommandOutcome unknownInject(String id) {
        return CommandOutcome.rejected(now(), "onbekende inject \"" + id + "\"", "unknown inject \"" + id + "\"");
    }

    /**
     * Adds an ad-hoc inject while playing (from the facilitator). Its trigger works as for any inject; a
     * time in the past delivers it now. The caller journals it.
     *
     * @throws IllegalArgumentException if its id is taken or it names unknown roles or injects
     */
    public void addInject(Inject inject) {
        if (injectIndex.containsKey(inject.id())) {
            throw new IllegalArgumentException("inject id already in use: " + inject.id());
        }
        for (String r : inject.recipients()) {
            if (!roles.containsKey(r)) {
                throw new IllegalArgumentException("unknown recipient: " + r);
            }
        }
        if (inject.trigger() instanceof Trigger.AfterInject a && !injectIndex.containsKey(a.injectId())) {
            throw new IllegalArgumentException("unknown inject: " + a.injectId());
        }
        int idx = register(inject);
        sim.mixTrace(StableHash.of("command/inject.add"), StableHash.of(inject.id()));
        if (inject.trigger() instanceof Trigger.At at) {
            fire(idx, Math.max(0, at.time() - now()));
        } else if (inject.trigger() instanceof Trigger.AfterInject a && runs.get(injectIndex.get(a.injectId())).deliveries > 0) {
            fire(idx, a.delay());
        }
    }

    private CommandOutcome addInject(Params p) {
        InjectLoad load = injectLoader.add(scenario.withInjects(injects), Command.ADD_INJECT, injectText(p));
        if (!load.ok()) {
            return invalidInject(load);
        }
        addInject(load.inject());
        emit(seq -> new Happening.InjectAdded(seq, now(), load.inject()));
        return CommandOutcome.accepted(now());
    }

    private CommandOutcome editInject(Params p) {
        InjectLoad load = injectLoader.replace(scenario.withInjects(injects), Command.EDIT_INJECT,
            injectText(p));
        if (!load.ok()) {
            return invalidInject(load);
        }
        Inject edited = load.inject();
        int idx = injectIndex.get(edited.id());
        InjectRun r = runs.get(idx);
        if (r.status == InjectStatus.CANCELLED || r.deliveries > 0) {
            return CommandOutcome.rejected(now(), "inject is al verstrekt of geannuleerd",
                "the inject was already delivered or cancelled");
        }
        Trigger before = injects.get(idx).trigger();
        boolean moved = !before.equals(edited.trigger());
        if (moved && !(before instanceof Trigger.At && edited.trigger() instanceof Trigger.At)) {
            return CommandOutcome.rejected(now(), "van de trigger kan alleen het tijdstip (\"at\") veranderen",
                "of the trigger only a time (\"at\") can change");
        }
        injects.set(idx, edited);
        if (moved) {
            cancelPending(r);
            r.fired = false;
            r.heldReady = false;
            fire(idx, ((Trigger.At) edited.trigger()).time() - now());
        }
        emit(seq -> new Happening.InjectEdited(seq, now(), edited));
        return CommandOutcome.accepted(now());
    }

    /** The {@code inject} parameter's text (a missing one reads as an empty text, reported as such). */
    private static String injectText(Params p) {
        Object v = p.values().get("inject");
        return v == null ? "" : String.valueOf(v);
    }

    private CommandOutcome invalidInject(InjectLoad load) {
        String why = load.message();
        return CommandOutcome.rejected(now(), "ongeldige inject: " + why, "invalid inject: " + why);
    }

    private CommandOutcome reviewEffect(String type, Params p) {
        Object n = p.values().get("decision");
        int number = n instanceof Long l && l > 0 && l <= decisions.size() ? l.intValue() : 0;
        if (number == 0) {
            return CommandOutcome.rejected(now(), "onbekend besluit \"" + n + "\"", "unknown decision \"" + n + "\"");
        }
        DecisionRecord rec = decisions.get(number - 1);
        if (!rec.accepted()) {
            return CommandOutcome.rejected(now(), "besluit " + number + " is afgewezen", "decision " + number
                + " was rejected");
        }
        PendingEffect pe = effects.get(number);
        if (pe == null || !sim.isPending(pe.handle)) {
            return CommandOutcome.rejected(now(), "het effect van besluit " + number + " is al ingetreden of tegengehouden",
                "the effect of decision " + number + " has already arrived or was vetoed");
        }
        switch (type) {
            case Command.VETO_EFFECT: {
                Text why = port.vetoPending(pe.worldId);
                if (why != null) {
                    return CommandOutcome.rejected(now(), why);
                }
                sim.cancel(pe.handle);
                effects.remove(number);
                return reviewed(pe.record, Happening.Review.VETOED);
            }
            case Command.CHANGE_EFFECT: {
                TreeMap<String, Object> merged = new TreeMap<>(pe.record.params().values());
                merged.putAll(without(p, "decision").values());
                Params params = Params.of(merged);
                DecisionResult r = port.changePending(pe.worldId, params);
                if (!r.accepted()) {
                    return CommandOutcome.rejected(now(), r.reason());
                }
                DecisionRecord old = pe.record;
                pe.record = new DecisionRecord(old.seq(), old.time(), old.actor(), old.type(), params, old.source(),
                    true, old.effectiveAt(), null);
                return reviewed(pe.record, Happening.Review.CHANGED);
            }
            default:
                return reviewed(pe.record, Happening.Review.ACCEPTED);
        }
    }

    private CommandOutcome reviewed(DecisionRecord rec, Happening.Review review) {
        emit(seq -> new Happening.EffectReviewed(seq, now(), rec, review));
        return CommandOutcome.accepted(now());
    }

    // ------------------------------------------------------------------------------------------------
    // set-up

    private void schedulePlan() {
        List<Phase> phases = scenario.phases();
        for (int i = 0; i < phases.size(); i++) {
            sim.schedule(phases.get(i).start(), Priority.COMMAND, phaseEvent, i);
        }
        List<ScheduledEvent> events = scenario.worldEvents();
        for (int i = 0; i < events.size(); i++) {
            ScheduledEvent e = events.get(i);
            String cause = e.id() != null ? e.id() : "worldEvents[" + i + "]";
            sim.schedule(e.time(), Priority.OUTAGE, worldEvent, StableHash.of(e.type()),
                new PendingEvent(e.type(), e.params(), cause));
        }
        for (Inject inject : scenario.injects()) {
            register(inject);
        }
        for (int i = 0; i < injects.size(); i++) {
            if (injects.get(i).trigger() instanceof Trigger.At at) {
                fire(i, at.time() - sim.now());
            }
        }
    }

    private int register(Inject inject) {
        int idx = injects.size();
        injects.add(inject);
        runs.add(new InjectRun());
        injectIndex.put(inject.id(), idx);
        afterInject.add(new ArrayList<>());
        Trigger t = inject.trigger();
        if (t instanceof Trigger.AfterInject a) {
            Integer target = injectIndex.get(a.injectId());
            if (target != null) {
                afterInject.get(target).add(idx);
            } else {
                pendingAfter.computeIfAbsent(a.injectId(), k -> new ArrayList<>()).add(idx);
            }
        } else if (t instanceof Trigger.AfterDecision) {
            afterDecision.add(idx);
        } else if (t instanceof Trigger.OnCondition c) {
            watches.add(new ConditionWatch(idx, c.condition(), c.delay()));
        }
        List<Integer> waiting = pendingAfter.remove(inject.id());
        if (waiting != null) {
            afterInject.get(idx).addAll(waiting);
        }
        return idx;
    }

    // ------------------------------------------------------------------------------------------------
    // triggers and delivery

    private boolean rearms(int idx) {
        return injects.get(idx).trigger() instanceof Trigger.OnCondition c && c.condition().rearm();
    }

    private void fire(int idx, long delay) {
        InjectRun r = runs.get(idx);
        if (r.status == InjectStatus.CANCELLED || r.fired && !rearms(idx)) {
            return;
        }
        r.fired = true;
        if (r.status == InjectStatus.WAITING && !(injects.get(idx).trigger() instanceof Trigger.At)) {
            r.status = InjectStatus.PENDING;
        }
        r.pending.add(sim.schedule(sim.now() + Math.max(0, delay), Priority.REQUEST, injectEvent, idx));
    }

    private void onInjectEvent(int idx) {
        InjectRun r = runs.get(idx);
        r.pending.removeIf(h -> !sim.isPending(h));
        if (r.status == InjectStatus.CANCELLED) {
            return;
        }
        if (r.held) {
            r.heldReady = true;
            return;
        }
        if (r.deliveries > 0 && !rearms(idx)) {
            return; // released early
        }
        deliver(idx);
    }

    private void deliver(int idx) {
        Inject inject = injects.get(idx);
        InjectRun r = runs.get(idx);
        long now = sim.now();
        r.deliveries++;
        r.lastDelivered = now;
        r.status = InjectStatus.DELIVERED;
        Delivery d = new Delivery(deliveries.size() + 1, now, inject, r.deliveries, inject.recipients());
        deliveries.add(d);
        for (String rid : inject.recipients()) {
            inboxes.get(rid).add(new InboxItem(d.id(), now, inject.id(), inject.channel(), inject.type(),
                inject.sender(), inject.title(), inject.text(), inject.attachments()));
        }
        emit(seq -> new Happening.InjectDelivered(seq, now, d));
        actions.open(inject, r.deliveries, decisions);
        for (WorldEffect e : inject.effects()) {
            sim.schedule(now + e.delay(), Priority.OUTAGE, worldEvent, StableHash.of(e.type()),
                new PendingEvent(e.type(), e.params(), "inject:" + inject.id()));
        }
        if (r.deliveries == 1) {
            for (int dep : afterInject.get(idx)) {
                fire(dep, ((Trigger.AfterInject) injects.get(dep).trigger()).delay());
            }
        }
    }

    private void cancelPending(InjectRun r) {
        for (long h : r.pending) {
            sim.cancel(h);
        }
        r.pending.clear();
    }

    private void onSample(long time) {
        for (ConditionWatch w : watches) {
            if (runs.get(w.idx).status == InjectStatus.CANCELLED) {
                continue;
            }
            Condition c = w.condition;
            if (c.holds(w.value(port))) {
                if (w.since < 0) {
                    w.since = time;
                }
                if (w.armed && time - w.since >= c.forSeconds()) {
                    w.armed = false;
                    fire(w.idx, w.delay);
                }
            } else {
                w.since = -1;
                if (c.rearm()) {
                    w.armed = true;
                }
            }
        }
        if (time >= nextDoctrineAt) {
            nextDoctrineAt = Math.floorDiv(time, HOUR) * HOUR + HOUR;
            for (ScenarioRole role : doctrineRoles) {
                List<Proposal> proposals = port.doctrineProposals(role.instance());
                for (Proposal p : proposals.isEmpty() ? proposals
                    : doctrineFilter.choose(role.instance(), proposals, streams)) {
                    decide(role, p.decisionType(), p.params(), Player.DOCTRINE);
                }
            }
        }
    }

    private void onDecision(long time, RoleInstance actor, String type, Params params, DecisionResult result) {
        Player source = decidingAs != null ? decidingAs : Player.DOCTRINE;
        worldDecisionId = result.id();
        try {
            record(time, actor, type, params, result, source);
        } finally {
            worldDecisionId = 0;
        }
    }

    private void record(long time, RoleInstance actor, String type, Params params, DecisionResult result,
                        Player source) {
        DecisionRecord rec = new DecisionRecord(decisions.size() + 1, time, actor.id(), type, params, source,
            result.accepted(), result.accepted() ? result.effectiveAt() : -1, result.reason());
        decisions.add(rec);
        if (!result.accepted()) {
            emit(seq -> new Happening.DecisionRejected(seq, time, rec));
            return;
        }
        acceptedDecisions++;
        emit(seq -> new Happening.DecisionAccepted(seq, time, rec));
        if (rec.effectiveAt() > sim.now()) {
            PendingEffect pe = new PendingEffect(worldDecisionId, rec);
            pe.handle = sim.schedule(rec.effectiveAt(), Priority.COMMAND, effectEvent, rec.seq(), pe);
            effects.put(rec.seq(), pe);
        } else {
            emit(seq -> new Happening.EffectArrived(seq, time, rec));
        }
        for (int idx : afterDecision) {
            Trigger.AfterDecision t = (Trigger.AfterDecision) injects.get(idx).trigger();
            if (t.decisionType().equals(type) && (t.role() == null || t.role().equals(actor.id()))
                && ParamMatch.matches(t.match(), params)) {
                fire(idx, t.delay());
            }
        }
        actions.decided(rec);
    }

    private void onEffect(PendingEffect pe) {
        effects.remove(pe.record.seq());
        emit(seq -> new Happening.EffectArrived(seq, sim.now(), pe.record));
    }

    private void onWorldEvent(PendingEvent e) {
        applyWorldEvent(e);
    }

    private boolean applyWorldEvent(PendingEvent e) {
        try {
            port.applyEvent(e.type, e.params);
        } catch (IllegalArgumentException ex) {
            return false; // validated before; the world may still refuse it in its current state
        }
        long now = sim.now();
        emit(seq -> new Happening.WorldEventApplied(seq, now, e.type, e.params, e.cause));
        return true;
    }

    private void onPhase(int i) {
        Phase p = scenario.phases().get(i);
        emit(seq -> new Happening.PhaseStarted(seq, sim.now(), p));
    }

    // ------------------------------------------------------------------------------------------------
    // what it reports

    /** Adds a listener told about every later happening. */
    public void addListener(HappeningListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    /** Every happening so far, in order. */
    public List<Happening> happenings() {
        return List.copyOf(happenings);
    }

    /** Every delivery so far, in order. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Every decision so far (accepted and rejected, by persons, facilitator and doctrine), in order. */
    public List<DecisionRecord> decisions() {
        return List.copyOf(decisions);
    }

    /** Number of accepted decisions so far. */
    public int acceptedDecisions() {
        return acceptedDecisions;
    }

    /** Every expected action opened so far, as it stands now. */
    public List<ActionState> actions() {
        return actions.states();
    }

    /** Counts of the expected actions per status. */
    public ActionTally tally() {
        return ActionTally.of(actions());
    }

    /** Each inject's state, in scenario order (ad-hoc injects last). */
    public List<InjectState> injectStates() {
        List<InjectState> out = new ArrayList<>();
        for (int i = 0; i < injects.size(); i++) {
            InjectRun r = runs.get(i);
            out.add(new InjectState(injects.get(i).id(), r.status, r.deliveries, r.lastDelivered, r.held));
        }
        return out;
    }

    /** The facilitator's picture now. */
    public ExerciseSnapshot snapshot() {
        String phase = scenario.phaseAt(now()).map(Phase::id).orElse(null);
        List<ActionState> a = actions();
        return new ExerciseSnapshot(now(), eventsExecuted(), traceHash(), phase, injectStates(), deliveries, decisions,
            a, ActionTally.of(a));
    }

    /**
     * What one role knows now: its inbox, its own decisions, and every indicator as of now minus the
     * reporting delay of the indicator's group (its own region for regional indicators, when it has one).
     *
     * @throws IllegalArgumentException for an unknown role instance
     */
    public RoleView view(String roleId) {
        ScenarioRole role = roles.get(roleId);
        if (role == null) {
            throw new IllegalArgumentException("unknown role instance: " + roleId);
        }
        List<DecisionRecord> own = decisions.stream().filter(d -> d.actor().equals(roleId)).toList();
        List<IndicatorReading> readings = new ArrayList<>();
        for (IndicatorDef def : catalog.indicators()) {
            long asOf = now() - scenario.reportingDelay(def.group());
            for (String scope : scopesFor(role, def)) {
                readings.add(new IndicatorReading(def.id(), scope, port.sampledAt(def.id(), scope, asOf), asOf));
            }
        }
        return new RoleView(role, casting.of(roleId), now(), inboxes.get(roleId), own, readings);
    }

    private List<String> scopesFor(ScenarioRole role, IndicatorDef def) {
        String region = role.region();
        switch (def.scope()) {
            case NATIONAL:
                return List.of("NL");
            case ROAZ_REGION:
                if (region != null && catalog.roazRegions().contains(region)) {
                    return List.of(region);
                }
                break;
            case SAFETY_REGION:
                if (region != null && catalog.safetyRegions().contains(region)) {
                    return List.of(region);
                }
                break;
            default:
                break;
        }
        return catalog.scopeIds(def.scope());
    }

    public Scenario scenario() {
        return scenario;
    }

    public Casting casting() {
        return casting;
    }

    /** The world (for reading true values: the facilitator's and the debrief's view); null on a scripted world. */
    public World world() {
        return world;
    }

    public RandomStreams streams() {
        return streams;
    }

    // ------------------------------------------------------------------------------------------------

    private void emit(java.util.function.LongFunction<Happening> make) {
        Happening h = make.apply(happenings.size() + 1L);
        happenings.add(h);
        for (HappeningListener l : listeners) {
            l.on(h);
        }
    }

    private static String str(Params p, String name) {
        Object v = p.values().get(name);
        return v instanceof String s ? s : null;
    }

    private static Params without(Params p, String... names) {
        TreeMap<String, Object> m = new TreeMap<>(p.values());
        for (String n : names) {
            m.remove(n);
        }
        return Params.of(m);
    }

    /** A stable hash of parameters: their names and values in name order. */
    static long paramsHash(Params p) {
        long h = 0x70617261L;
        for (Map.Entry<String, Object> e : p.values().entrySet()) {
            h = StableHash.combine(h, StableHash.of(e.getKey()));
            h = StableHash.combine(h, StableHash.of(String.valueOf(e.getValue())));
        }
        return h;
    }

    /** The effect of an accepted decision still to arrive (its record holds the parameters it arrives with). */
    private static final class PendingEffect {
        final long worldId;
        DecisionRecord record;
        long handle;

        PendingEffect(long worldId, DecisionRecord record) {
            this.worldId = worldId;
            this.record = record;
        }
    }

    /** A world event waiting in the queue. */
    private record PendingEvent(String type, Params params, String cause) {
    }

    /** The mutable state of one inject. */
    private static final class InjectRun {
        InjectStatus status = InjectStatus.WAITING;
        boolean fired;
        boolean held;
        boolean heldReady;
        int deliveries;
        long lastDelivered = -1;
        final List<Long> pending = new ArrayList<>();
    }

    /** The mutable state of one condition trigger. */
    private static final class ConditionWatch {
        final int idx;
        final Condition condition;
        final long delay;
        boolean armed = true;
        long since = -1;
        private IndicatorSeries series;
        private boolean resolved;

        ConditionWatch(int idx, Condition condition, long delay) {
            this.idx = idx;
            this.condition = condition;
            this.delay = delay;
        }

        /**
         * The indicator's value at the sample being handled: the value the board just stored (the same as
         * {@code port.indicator(...)} at this point, without computing it again), resolved once per watch.
         */
        double value(WorldPort port) {
            if (!resolved) {
                resolved = true;
                try {
                    series = port.series(condition.indicator(), condition.scope());
                } catch (IllegalArgumentException e) {
                    series = null;
                }
            }
            return series != null ? series.last() : port.indicator(condition.indicator(), condition.scope());
        }
    }
}
