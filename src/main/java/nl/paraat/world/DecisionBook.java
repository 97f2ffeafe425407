package nl.paraat.world;

final class DecisionBook {
    DecisionBook(WorldCatalog c, Model m) {
    }

    DecisionResult decide(RoleInstance a, String t, Params p) {
        return DecisionResult.rejected(Text.of("nog niet gemodelleerd", "not modelled yet"));
    }
}
