package nl.paraat.world;

import java.util.List;

/** A kind of world event (sabotage, casualty wave, ...) that scenarios schedule and facilitators add. */
public record WorldEventType(String id, Text name, List<ParamSpec> params, String description) {
    public WorldEventType {
        params = List.copyOf(params);
    }
}
