package nl.paraat.world;

import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.Simulator;

/** Placeholder container (replaced by the sub-models in the next commit). */
final class Model {
    final Health health = new Health();

    Model(WorldCatalog c, Settings s, Simulator sim, RandomStreams r) {
    }

    void start() {
    }

    static final class Health {
        boolean conserved() {
            return true;
        }

        CasualtyCount count() {
            return new CasualtyCount(0, 0, 0, 0, 0, 0, 0);
        }
    }
}
