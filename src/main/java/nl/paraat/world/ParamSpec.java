package nl.paraat.world;

import java.util.List;

/** One parameter of a decision type or world-event type. allowed: for ENUM (and LIST items); min/max: for numbers (null = open). */
public record ParamSpec(String name, ParamKind kind, boolean required, Double min, Double max,
                        List<String> allowed, Text label) {
    public ParamSpec {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }
}
