package nl.paraat.world;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** How a scenario sets up the world: overrides by catalogue id and entity field, nothing else. */
public record WorldSetup(SortedMap<String, Double> parameterOverrides,
                         SortedMap<String, SortedMap<String, Double>> entityOverrides) {
    public WorldSetup {
        parameterOverrides = Collections.unmodifiableSortedMap(new TreeMap<>(parameterOverrides));
        TreeMap<String, SortedMap<String, Double>> e = new TreeMap<>();
        entityOverrides.forEach((k, v) -> e.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
        entityOverrides = Collections.unmodifiableSortedMap(e);
    }

    public static WorldSetup defaults() {
        return new WorldSetup(new TreeMap<>(), new TreeMap<>());
    }

    /** A copy with one more parameter override. */
    public WorldSetup withParameter(String id, double value) {
        TreeMap<String, Double> p = new TreeMap<>(parameterOverrides);
        p.put(id, value);
        return new WorldSetup(p, entityOverrides);
    }

    /** A copy with one more entity field override. */
    public WorldSetup withEntityField(String entityId, String field, double value) {
        TreeMap<String, SortedMap<String, Double>> e = new TreeMap<>(entityOverrides);
        TreeMap<String, Double> f = new TreeMap<>(e.getOrDefault(entityId, new TreeMap<>()));
        f.put(field, value);
        e.put(entityId, f);
        return new WorldSetup(parameterOverrides, e);
    }
}
