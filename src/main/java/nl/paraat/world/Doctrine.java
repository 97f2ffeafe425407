package nl.paraat.world;

import java.util.List;

final class Doctrine {
    Doctrine(WorldCatalog c, Model m) {
    }

    List<Proposal> proposals(RoleInstance r) {
        return List.of();
    }
}
