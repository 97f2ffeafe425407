package nl.paraat.world;

/** A kind of crisis role defined by the world (domain.md section 2); scenarios declare instances of it. */
public record RoleType(String id, Text name, RegionKind regionKind, String description) {
}
