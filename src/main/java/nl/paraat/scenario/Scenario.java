package nl.paraat.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.paraat.world.WorldSetup;

/**
 * A validated scenario: everything an exercise is started from. Immutable. Lists keep the order of the
 * file; injects declared inside phases come after the top-level ones, phase by phase.
 *
 * @param reportingDelays seconds by indicator group ({@code health}, {@code transport}, ...); missing = 0
 * @param setup           parameter and entity overrides for the world
 */
public record Scenario(ScenarioMeta meta, List<Phase> phases, List<ScenarioRole> roles,
                       SortedMap<String, Long> reportingDelays, List<Objective> objectives, WorldSetup setup,
                       List<ScheduledEvent> worldEvents, List<Inject> injects) {
    public Scenario {
        phases = List.copyOf(phases);
        roles = List.copyOf(roles);
        reportingDelays = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(reportingDelays));
        objectives = List.copyOf(objectives);
        worldEvents = List.copyOf(worldEvents);
        injects = List.copyOf(injects);
    }

    /**
     * The same scenario with other injects (an MSEL import keeps metadata, roles and objectives of a base
     * scenario). Not validated: write it with {@link ScenarioWriter} and load it to check it.
     */
    public Scenario withInjects(List<Inject> newInjects) {
        return new Scenario(meta, phases, roles, reportingDelays, objectives, setup, worldEvents, newInjects);
    }

    /** Reads and writes this scenario's D-times. */
    public ScenarioTime time() {
        return meta.time();
    }

    /** Model time of the end of the scenario. */
    public long end() {
        return meta.duration();
    }

    /** The reporting delay for an indicator group (0 if none is set). */
    public long reportingDelay(String group) {
        Long d = reportingDelays.get(group);
        return d == null ? 0 : d;
    }

    public Optional<ScenarioRole> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Inject> inject(String id) {
        return injects.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Objective> objective(String id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The phase running at model time t (the last one started at or before t), if any. */
    public Optional<Phase> phaseAt(long t) {
        Phase current = null;
        for (Phase p : phases) {
            if (p.start() <= t) {
                current = p;
            }
        }
        return Optional.ofNullable(current);
    }

    /** Index of each inject id in {@link #injects()}, for lookups. */
    public Map<String, Integer> injectIndex() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < injects.size(); i++) {
            m.put(injects.get(i).id(), i);
        }
        return m;
    }
}
