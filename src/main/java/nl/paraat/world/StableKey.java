package nl.paraat.world;

import nl.paraat.engine.StableHash;

/** Stable event keys from names (never String.hashCode). */
final class StableKey {
    private StableKey() {
    }

    static long of(String s) {
        return StableHash.of(s);
    }
}
