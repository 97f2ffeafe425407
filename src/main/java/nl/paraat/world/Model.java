package nl.paraat.world;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.Simulator;

/**
 * The state of one simulated Netherlands: entity indices, the six sub-models and the hourly step that advances the
 * continuous parts (bed boards, path allocation, trust, stocks) in a fixed order. Index maps are only looked up.
 */
final class Model {
    static final long HOUR = 3600;
    static final long DAY = 86400;

    final WorldCatalog catalog;
    final Settings settings;
    final Simulator sim;
    final RandomStreams streams;
    final Geography geo;

    final int nRoaz;
    final int nVr;
    final int[] vrRoaz;
    final long[] vrPopulation;
    final long[] roazPopulation;
    final long population;
    private final Map<String, Integer> roazIndex = new HashMap<>();
    private final Map<String, Integer> vrIndex = new HashMap<>();
    private final Map<String, Integer> corridorIndex = new HashMap<>();
    private final Map<String, Integer> portIndex = new HashMap<>();
    private final Map<String, Integer> airportIndex = new HashMap<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final Map<String, Integer> siteIndex = new HashMap<>();

    final Health health;
    final Transport transport;
    final Infrastructure infra;
    final Society society;
    final Displaced displaced;
    final Economy economy;

    private final EventType hourType;
    /** Accepted decisions so far (lets caches notice a decision between two events). */
    long decisionsAccepted;

    Model(WorldCatalog catalog, Settings settings, Simulator sim, RandomStreams streams) {
        this.catalog = catalog;
        this.settings = settings;
        this.sim = sim;
        this.streams = streams;
        this.geo = catalog.geography();
        index(catalog.roazRegions(), roazIndex);
        index(catalog.safetyRegions(), vrIndex);
        index(catalog.corridors(), corridorIndex);
        index(catalog.ports(), portIndex);
        index(catalog.airports(), airportIndex);
        index(catalog.nodes(), nodeIndex);
        index(catalog.militarySites(), siteIndex);
        nRoaz = catalog.roazRegions().size();
        nVr = catalog.safetyRegions().size();
        vrRoaz = new int[nVr];
        vrPopulation = new long[nVr];
        roazPopulation = new long[nRoaz];
        long pop = 0;
        for (int v = 0; v < nVr; v++) {
            Geography.SafetyRegion s = geo.safetyRegions().get(v);
            vrRoaz[v] = roazIndex.get(s.roaz());
            vrPopulation[v] = (long) settings.field(s.id(), "population", s.population());
            roazPopulation[vrRoaz[v]] += vrPopulation[v];
            pop += vrPopulation[v];
        }
        population = pop;
        economy = new Economy(this);
        health = new Health(this);
        infra = new Infrastructure(this);
        transport = new Transport(this);
        society = new Society(this);
        displaced = new Displaced(this);
        hourType = new EventType("world/hour", (k, p) -> hour());
    }

    private static void index(List<String> ids, Map<String, Integer> into) {
        for (int i = 0; i < ids.size(); i++) {
            into.put(ids.get(i), i);
        }
    }

    void start() {
        long first = ((sim.now() + HOUR - 1) / HOUR) * HOUR;
        sim.schedule(first, Priority.RELEASE, hourType, 0);
        health.start();
        transport.start();
    }

    void hourForTest() {
        economy.hour();
        infra.hour();
        health.hour();
        transport.hour();
        displaced.hour();
        society.hour();
    }

    /** The hourly step; order is fixed: economy, infrastructure, health, transport, displaced, society. */
    private void hour() {
        sim.scheduleIn(HOUR, Priority.RELEASE, hourType, 0);
        economy.hour();
        infra.hour();
        health.hour();
        transport.hour();
        displaced.hour();
        society.hour();
    }

    double p(String id) {
        return settings.get(id);
    }

    int roaz(String id) {
        return lookup(roazIndex, id, "ROAZ region");
    }

    int vr(String id) {
        return lookup(vrIndex, id, "safety region");
    }

    int corridor(String id) {
        return lookup(corridorIndex, id, "corridor");
    }

    int port(String id) {
        return lookup(portIndex, id, "port");
    }

    int airport(String id) {
        return lookup(airportIndex, id, "airport");
    }

    int node(String id) {
        return lookup(nodeIndex, id, "node");
    }

    int site(String id) {
        return lookup(siteIndex, id, "military site");
    }

    /** The safety-region index of an id, or -1 (one lookup). */
    int vrOrMinus(String id) {
        Integer i = id == null ? null : vrIndex.get(id);
        return i == null ? -1 : i;
    }

    boolean isVr(String id) {
        return vrIndex.containsKey(id);
    }

    boolean isRoaz(String id) {
        return roazIndex.containsKey(id);
    }

    private static int lookup(Map<String, Integer> m, String id, String what) {
        Integer i = m.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + id + "'");
        }
        return i;
    }

    /** Great-circle distance in km (StrictMath, so the same on every JVM). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double dLat = StrictMath.toRadians(lat2 - lat1);
        double dLon = StrictMath.toRadians(lon2 - lon1);
        double a = StrictMath.sin(dLat / 2) * StrictMath.sin(dLat / 2) + StrictMath.cos(StrictMath.toRadians(lat1))
            * StrictMath.cos(StrictMath.toRadians(lat2)) * StrictMath.sin(dLon / 2) * StrictMath.sin(dLon / 2);
        return 2 * r * StrictMath.atan2(StrictMath.sqrt(a), StrictMath.sqrt(1 - a));
    }

    /** Binomial(n, p) from one uniform: inversion for small means, normal approximation for large ones. */
    static int binomial(int n, double p, double u, double u2) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        double mean = n * p;
        if (mean > 30) {
            double z = StrictMath.sqrt(-2.0 * StrictMath.log1p(-u)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
            long k = StrictMath.round(mean + z * StrictMath.sqrt(mean * (1 - p)));
            return (int) StrictMath.max(0, StrictMath.min(n, k));
        }
        double q = 1 - p;
        double pmf = StrictMath.pow(q, n);
        double cdf = pmf;
        int k = 0;
        double ratio = p / q;
        while (u > cdf && k < n) {
            pmf *= (double) (n - k) / (k + 1) * ratio;
            k++;
            cdf += pmf;
        }
        return k;
    }
}
