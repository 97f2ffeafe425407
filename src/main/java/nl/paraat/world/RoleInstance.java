package nl.paraat.world;

import java.util.Objects;

/** A role instance declared by a scenario, e.g. ("roaz-oost", "roaz", "roaz-oost"). region may be null. */
public record RoleInstance(String id, String type, String region) {
    public RoleInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}
