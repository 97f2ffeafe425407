package nl.paraat.world;

import java.util.List;

/** A typed decision: owner role types, parameters, the BLR and pillar it serves. */
public record DecisionType(String id, Text name, List<String> ownerRoleTypes, List<ParamSpec> params,
                           String blr, String pillar, String description) {
    public DecisionType {
        ownerRoleTypes = List.copyOf(ownerRoleTypes);
        params = List.copyOf(params);
    }
}
