package nl.paraat.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.RandomStream;
import nl.paraat.engine.RandomStreams;
import nl.paraat.engine.Simulator;
import nl.paraat.world.Params;
import nl.paraat.world.Proposal;
import nl.paraat.world.RoleInstance;
import nl.paraat.world.World;
import nl.paraat.world.WorldCatalog;
import nl.paraat.world.WorldSetup;

/**
 * {@code paraat bench world}: 30 simulated days of the whole world model under a built-in stress pattern (a brigade
 * deployment, military casualties at 150/day with a 500/day surge, civilian incidents, displaced people, random
 * sabotage, cyber attacks, drones, GNSS jamming and disinformation waves), with the doctrine policy playing every
 * role instance each hour; and, in the same process, the bare engine hold model of {@code bench engine}. World runs
 * and engine rounds alternate, both timed by this thread's CPU time; the last line reports the best round of each
 * (minimum time, the least disturbed on a shared machine) and the log the medians as well.
 */
public final class WorldBench {
    private static final long HOUR = 3600;
    private static final long DAY = 86400;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private final int days;
    private final long seed;

    /**
     * The bench's clock: this thread's CPU time where the JVM supports it (so time spent waiting for a core on a
     * shared machine is not counted, for world and engine alike), else wall time.
     */
    static long clock() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** "cpu" or "wall": what {@link #clock()} measures. */
    public static String clockKind() {
        return CPU_TIME ? "thread CPU time" : "wall time";
    }

    public WorldBench(int days, long seed) {
        this.days = days;
        this.seed = seed;
    }

    /** The result of one world run. */
    public record Run(long events, long trace, boolean conserved, long nanos, long arrived, long died) {
    }

    /** Everything the last line reports. */
    public record Result(Run run, double worldEventsPerSecond, double engineEventsPerSecond, double simDaysPerSecond) {
        public double ratio() {
            return worldEventsPerSecond / engineEventsPerSecond;
        }

        public String line() {
            return String.format(Locale.ROOT,
                "events=%d events_per_s=%d sim_days_per_s=%.2f engine_ratio=%.2f trace=%016x conserved=%b",
                run.events(), Math.round(worldEventsPerSecond), simDaysPerSecond, ratio(), run.trace(), run.conserved());
        }
    }

    public Result run(int warmup, int rounds, PrintWriter log) {
        EngineBench engine = new EngineBench(10_000, 2_000_000, seed);
        for (int i = 0; i < warmup; i++) {
            runOnce();
            if (i % 4 == 0) {
                engine.engineRound();
            }
        }
        double[] world = new double[rounds];
        double[] eng = new double[rounds];
        double[] simDays = new double[rounds];
        Run first = null;
        for (int i = 0; i < rounds; i++) {
            Run r = runOnce();
            if (first == null) {
                first = r;
            } else if (r.trace() != first.trace()) {
                throw new IllegalStateException("world bench is not deterministic within one process");
            }
            long t0 = clock();
            engine.engineRound();
            long t1 = clock();
            world[i] = r.events() * 1e9 / r.nanos();
            eng[i] = 2_000_000 * 1e9 / (t1 - t0);
            simDays[i] = days * 1e9 / r.nanos();
            if (log != null) {
                log.printf(Locale.ROOT, "round %d: world %d events in %.2f ms (%.0f ev/s), engine %.0f ev/s%n", i + 1,
                    r.events(), r.nanos() / 1e6, world[i], eng[i]);
            }
        }
        if (log != null) {
            log.printf(Locale.ROOT, "casualties arrived %d, preventable deaths %d; timed by %s%n", first.arrived(),
                first.died(), clockKind());
        }
        if (log != null) {
            log.printf(Locale.ROOT, "median: world %.0f ev/s, engine %.0f ev/s, ratio %.2f%n", median(world), median(eng),
                median(world) / median(eng));
        }
        return new Result(first, best(world), best(eng), best(simDays));
    }

    /** One run of the world over the days, stress pattern and doctrine included; timed from creation to the end. */
    public Run runOnce() {
        long t0 = clock();
        Simulator sim = new Simulator();
        RandomStreams streams = new RandomStreams(seed, 0);
        WorldCatalog catalog = WorldCatalog.standard();
        World world = World.create(catalog, WorldSetup.defaults(), sim, streams);
        world.start();
        List<RoleInstance> roles = doctrineRoles(catalog);
        world.addSampleListener(time -> {
            for (int i = 0; i < roles.size(); i++) {
                RoleInstance role = roles.get(i);
                List<Proposal> ps = world.doctrineProposals(role);
                for (int k = 0; k < ps.size(); k++) {
                    world.decide(role, ps.get(k).decisionType(), ps.get(k).params());
                }
            }
        });
        new Stress(world, catalog, streams.stream("bench/stress")).schedule(days);
        sim.runUntil(days * DAY);
        boolean ok = world.conserved();
        long t1 = clock();
        var c = world.casualties();
        return new Run(sim.eventsExecuted(), sim.traceHash(), ok, t1 - t0, c.arrived(), c.died());
    }

    static List<RoleInstance> doctrineRoles(WorldCatalog catalog) {
        List<RoleInstance> roles = new ArrayList<>();
        for (String t : List.of("lnaz", "vws", "lcps", "defensie", "prorail", "rws", "tennet", "locc", "telecom", "nctv",
            "coa", "kmar", "czsk", "mccb")) {
            roles.add(new RoleInstance(t, t, null));
        }
        for (String r : catalog.roazRegions()) {
            roles.add(new RoleInstance("roaz-" + r, "roaz", r));
        }
        for (String v : catalog.safetyRegions()) {
            for (String t : List.of("voorzitter-vr", "netbeheerder", "drinkwater", "ghor")) {
                roles.add(new RoleInstance(t + "-" + v, t, v));
            }
        }
        for (var p : catalog.geography().ports()) {
            roles.add(new RoleInstance("havenbedrijf-" + p.id(), "havenbedrijf", p.safetyRegion()));
        }
        return roles;
    }

    /** The built-in stress pattern, drawn from its own stream. */
    private static final class Stress {
        private final World world;
        private final WorldCatalog catalog;
        private final RandomStream rnd;
        private final Simulator sim;
        private final EventType hybrid;
        private final EventType incident;
        private final EventType disinfo;
        private final EventType fixed;
        private static final List<String> TOPICS = List.of("water-poisoned", "army-requisition", "chemical-train",
            "blackout-panic", "hospital-collapse");

        Stress(World world, WorldCatalog catalog, RandomStream rnd) {
            this.world = world;
            this.catalog = catalog;
            this.rnd = rnd;
            this.sim = world.simulator();
            hybrid = new EventType("bench/hybrid-attack", (k, p) -> onHybrid());
            incident = new EventType("bench/civil-incident", (k, p) -> onIncident());
            disinfo = new EventType("bench/disinformation", (k, p) -> onDisinfo());
            fixed = new EventType("bench/scripted", (k, p) -> {
                Object[] a = (Object[]) p;
                world.applyEvent((String) a[0], (Params) a[1]);
            });
        }

        void schedule(int days) {
            at(0, "deployment-plan", Params.of("items", 8000, "days", 21.0));
            at(0, "refugee-inflow", Params.of("perDay", 2000.0, "days", 28.0));
            at(2 * DAY, "casualty-inflow", Params.of("perDay", 150.0, "days", 3.0));
            at(5 * DAY, "casualty-inflow", Params.of("perDay", 500.0, "days", 4.0));
            at(9 * DAY, "casualty-inflow", Params.of("perDay", 150.0, "days", 21.0));
            at(12 * DAY, "subsea-cable-damage", Params.of("node", "nl-cable-norned", "days", 14.0, "shortfall", 0.1));
            at(15 * DAY, "medicine-shortage", Params.of("days", 10.0));
            sim.scheduleIn((long) rnd.exponential(6 * HOUR), Priority.OUTAGE, hybrid, 0);
            sim.scheduleIn((long) rnd.exponential(DAY), Priority.REQUEST, incident, 0);
            sim.scheduleIn((long) rnd.exponential(2 * DAY), Priority.OUTAGE, disinfo, 0);
        }

        private void at(long t, String type, Params p) {
            sim.schedule(t, Priority.OUTAGE, fixed, 0, new Object[] {type, p});
        }

        private String pick(List<String> ids) {
            return ids.get(rnd.nextInt(ids.size()));
        }

        private void onHybrid() {
            sim.scheduleIn((long) rnd.exponential(6 * HOUR) + 1, Priority.OUTAGE, hybrid, 0);
            switch (rnd.nextInt(6)) {
                case 0 -> world.applyEvent("sabotage-link", Params.of("corridor", pick(catalog.corridors()),
                    "hours", 3 + rnd.nextDouble() * 9));
                case 1 -> world.applyEvent("sabotage-node", Params.of("node", pick(catalog.nodes())));
                case 2 -> world.applyEvent("power-outage", Params.of("region", pick(catalog.safetyRegions()),
                    "hours", 4 + rnd.nextDouble() * 8));
                case 3 -> world.applyEvent("cyber-attack", Params.of("node", pick(catalog.nodes()), "hours", 6.0));
                case 4 -> world.applyEvent("drone-sighting", Params.of("airport", pick(catalog.airports())));
                default -> world.applyEvent("gnss-jamming", Params.of("region", pick(catalog.safetyRegions()),
                    "hours", 2 + rnd.nextDouble() * 10));
            }
        }

        private void onIncident() {
            sim.scheduleIn((long) rnd.exponential(DAY) + 1, Priority.REQUEST, incident, 0);
            world.applyEvent("casualty-wave", Params.of("count", 10 + rnd.nextInt(70), "region",
                pick(catalog.roazRegions()), "mode", "incident"));
        }

        private void onDisinfo() {
            sim.scheduleIn((long) rnd.exponential(2 * DAY) + 1, Priority.OUTAGE, disinfo, 0);
            world.applyEvent("disinformation-wave", Params.of("topic", pick(TOPICS), "strength",
                0.3 + 0.6 * rnd.nextDouble()));
        }
    }

    /** The best round: on a shared machine the least disturbed one estimates the true cost (minimum time). */
    private static double best(double[] v) {
        double b = 0;
        for (double x : v) {
            b = Math.max(b, x);
        }
        return b;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
