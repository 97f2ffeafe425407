package nl.paraat.world;

import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.Simulator;

/** Small helpers to build and run worlds in tests. */
final class TestWorlds {
    static final long H = 3600;
    static final long DAY = 86400;

    private TestWorlds() {
    }

    static World world(WorldSetup setup, long seed) {
        Simulator sim = new Simulator();
        World w = World.create(WorldCatalog.standard(), setup, sim, new RandomStreams(seed, 0));
        w.start();
        return w;
    }

    /** A setup without civil ship and flight traffic (fewer events for long test runs). */
    static WorldSetup quiet() {
        WorldSetup s = WorldSetup.defaults();
        for (String a : WorldCatalog.standard().airports()) {
            s = s.withEntityField(a, "movementsPerDay", 0);
        }
        for (String p : WorldCatalog.standard().ports()) {
            s = s.withEntityField(p, "seaCallsPerDay", 0).withEntityField(p, "inlandCallsPerDay", 0);
        }
        return s;
    }

    static World world() {
        return world(WorldSetup.defaults(), 1);
    }

    static void runTo(World w, long t) {
        w.simulator().runUntil(t);
    }

    static void runFor(World w, long seconds) {
        w.simulator().runUntil(w.simulator().now() + seconds);
    }

    static RoleInstance role(String type) {
        return new RoleInstance(type + "-1", type, null);
    }

    static RoleInstance role(String type, String region) {
        return new RoleInstance(type + "-" + region, type, region);
    }
}
