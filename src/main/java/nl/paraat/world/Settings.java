package nl.paraat.world;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter values and entity fields of one world: catalogue defaults plus the setup's overrides, checked.
 * Only looked up (never iterated), so hash order cannot leak into a run.
 */
final class Settings {
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, Map<String, Double>> entity = new HashMap<>();

    Settings(WorldCatalog catalog, WorldSetup setup) {
        for (ParameterDef p : catalog.parameters()) {
            values.put(p.id(), p.defaultValue());
        }
        setup.parameterOverrides().forEach((id, v) -> {
            ParameterDef p = catalog.parameter(id).orElseThrow(() ->
                new IllegalArgumentException("unknown parameter id '" + id + "'"));
            if (v == null || Double.isNaN(v) || v < p.min() || v > p.max()) {
                throw new IllegalArgumentException("parameter " + id + " = " + v + " is outside its range ["
                    + WorldCatalog.fmt(p.min()) + ", " + WorldCatalog.fmt(p.max()) + "] (" + p.unit() + ")");
            }
            values.put(id, v);
        });
        setup.entityOverrides().forEach((id, fields) -> {
            List<String> allowed = catalog.entityFields(id).orElseThrow(() ->
                new IllegalArgumentException("unknown entity id '" + id + "'"));
            Map<String, Double> m = new HashMap<>();
            fields.forEach((f, v) -> {
                if (!allowed.contains(f)) {
                    throw new IllegalArgumentException("entity " + id + " has no overridable field '" + f + "'"
                        + (allowed.isEmpty() ? " (none are overridable)" : " (allowed: " + String.join(", ", allowed) + ")"));
                }
                if (v == null || Double.isNaN(v) || v < 0 || v > 1e9) {
                    throw new IllegalArgumentException("entity " + id + " field " + f + " = " + v
                        + " is outside its range [0, 1000000000]");
                }
                m.put(f, v);
            });
            entity.put(id, m);
        });
    }

    double get(String id) {
        Double v = values.get(id);
        if (v == null) {
            throw new IllegalStateException("parameter " + id + " missing from the catalogue");
        }
        return v;
    }

    double field(String entityId, String field, double dflt) {
        Map<String, Double> m = entity.get(entityId);
        if (m == null) {
            return dflt;
        }
        Double v = m.get(field);
        return v == null ? dflt : v;
    }
}
