package nl.paraat.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Named streams: seeded by (master seed, replication, name) only; per-entity draws are pure functions. */
class RandomStreamsTest {
    private static final int DRAWS = 40;

    static java.util.stream.LongStream seeds() {
        return Seeds.many();
    }

    @Test
    void theSameNameGivesTheSameStream() {
        RandomStreams streams = new RandomStreams(1, 0);
        assertSame(streams.stream("health/arrivals"), streams.stream("health/arrivals"));
        assertEquals("health/arrivals", streams.stream("health/arrivals").name());
        assertEquals(streams.seedOf("health/arrivals"), streams.stream("health/arrivals").seed());
    }

    @Test
    void seedsDependOnMasterSeedReplicationAndName() {
        long s = new RandomStreams(1, 0).seedOf("a");
        assertEquals(s, new RandomStreams(1, 0).seedOf("a"));
        assertNotEquals(s, new RandomStreams(2, 0).seedOf("a"));
        assertNotEquals(s, new RandomStreams(1, 1).seedOf("a"));
        assertNotEquals(s, new RandomStreams(1, 0).seedOf("b"));
        assertEquals(7, new RandomStreams(7, 3).masterSeed());
        assertEquals(3, new RandomStreams(7, 3).replication());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void streamValuesDoNotDependOnCreationOrderOrOtherDraws(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long master = rnd.nextLong();
        int replication = rnd.nextInt(100);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add("model" + rnd.nextInt(5) + "/source-" + i);
        }
        TreeMap<String, long[]> first = drawAll(new RandomStreams(master, replication), names, new SplittableRandom(seed + 1));
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        TreeMap<String, long[]> second = drawAll(new RandomStreams(master, replication), reversed, new SplittableRandom(seed + 2));
        for (String name : names) {
            assertArrayEquals(first.get(name), second.get(name), name);
        }
    }

    /** Creates the streams in the given order, interleaving their draws in a random schedule. */
    private static TreeMap<String, long[]> drawAll(RandomStreams streams, List<String> order, SplittableRandom schedule) {
        TreeMap<String, long[]> values = new TreeMap<>();
        TreeMap<String, Integer> count = new TreeMap<>();
        for (String name : order) {
            streams.stream(name);
            values.put(name, new long[DRAWS]);
            count.put(name, 0);
        }
        int remaining = order.size() * DRAWS;
        while (remaining > 0) {
            String name = order.get(schedule.nextInt(order.size()));
            int n = count.get(name);
            if (n < DRAWS) {
                RandomStream s = streams.stream(name);
                s.entityUniform(schedule.nextLong(), schedule.nextInt(5)); // entity draws in between change nothing
                values.get(name)[n] = s.nextLong();
                count.put(name, n + 1);
                remaining--;
            }
        }
        return values;
    }

    @Test
    void streamsDoNotDependOnTheThreadThatCreatesThem() throws Exception {
        long[] here = firstDraws(new RandomStreams(99, 2).stream("transport/sabotage"));
        AtomicReference<long[]> there = new AtomicReference<>();
        Thread t = new Thread(() -> there.set(firstDraws(new RandomStreams(99, 2).stream("transport/sabotage"))));
        t.start();
        t.join();
        assertArrayEquals(here, there.get());
    }

    private static long[] firstDraws(RandomStream s) {
        long[] v = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            v[i] = s.nextLong();
        }
        return v;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void entityDrawsArePureFunctionsOfEntityAndDrawIndex(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        RandomStreams streams = new RandomStreams(rnd.nextLong(), 0);
        RandomStream s = streams.stream("health/casualties");
        long entity = rnd.nextLong();
        int draw = rnd.nextInt(10);
        double u = s.entityUniform(entity, draw);
        long bits = s.entityBits(entity, draw);
        double z = s.entityNormal(entity, draw);
        // other sequential draws, other entities, other streams in between
        for (int i = 0; i < rnd.nextInt(50); i++) {
            s.nextDouble();
            s.entityUniform(rnd.nextLong(), rnd.nextInt(10));
            streams.stream("other/" + i).nextLong();
        }
        RandomStream fresh = new RandomStreams(streams.masterSeed(), 0).stream("health/casualties");
        assertEquals(u, s.entityUniform(entity, draw));
        assertEquals(u, fresh.entityUniform(entity, draw));
        assertEquals(bits, fresh.entityBits(entity, draw));
        assertEquals(z, fresh.entityNormal(entity, draw));
        assertEquals(s.entityInt(entity, draw, 7), fresh.entityInt(entity, draw, 7));
        assertEquals(s.entityExponential(entity, draw, 3.0), fresh.entityExponential(entity, draw, 3.0));
        assertEquals(s.entityTriangular(entity, draw, 1, 2, 5), fresh.entityTriangular(entity, draw, 1, 2, 5));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void entityDrawsDoNotAdvanceTheStream(long seed) {
        RandomStream a = new RandomStreams(seed, 0).stream("x");
        RandomStream b = new RandomStreams(seed, 0).stream("x");
        a.nextLong();
        b.nextLong();
        for (int i = 0; i < 10; i++) {
            a.entityUniform(i, i);
            a.entityNormal(i, i);
        }
        assertEquals(b.nextLong(), a.nextLong());
    }

    @Test
    void entityDrawsDifferPerEntityAndDrawIndex() {
        RandomStream s = new RandomStreams(5, 0).stream("health/casualties");
        TreeSet<Long> bits = new TreeSet<>();
        for (long e = 0; e < 2000; e++) {
            for (int d = 0; d < 5; d++) {
                bits.add(s.entityBits(e, d));
            }
        }
        assertEquals(10_000, bits.size(), "no two (entity, draw) pairs share their bits");
        RandomStream other = new RandomStreams(5, 0).stream("health/other");
        assertNotEquals(s.entityBits(1, 0), other.entityBits(1, 0), "entity draws differ between streams");
    }

    @Test
    void differentStreamsAreUncorrelated() {
        RandomStreams streams = new RandomStreams(11, 0);
        RandomStream a = streams.stream("a");
        RandomStream b = streams.stream("b");
        int n = 50_000;
        double sa = 0;
        double sb = 0;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double x = a.nextDouble();
            double y = b.nextDouble();
            sa += x;
            sb += y;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        double cov = sab / n - (sa / n) * (sb / n);
        double r = cov / Math.sqrt((saa / n - (sa / n) * (sa / n)) * (sbb / n - (sb / n) * (sb / n)));
        assertTrue(Math.abs(r) < 0.02, "correlation " + r);
    }

    @Test
    void stableHashValuesArePinned() {
        // stream seeds and event-type ids derive from these; changing them breaks every stored journal
        assertEquals(0xf52a15e9a9b5e89bL, StableHash.of(""));
        assertEquals(0x617c1adad542ea6aL, StableHash.of("health/arrivals"));
        assertEquals(0x5f77162e6ff25f13L, StableHash.combine(1, 2));
        assertNotEquals(StableHash.of("a\u0100"), StableHash.of("a\u0001"), "both bytes of a char count");
        assertNotEquals(StableHash.combine(1, 2), StableHash.combine(2, 1), "combine is order-sensitive");
        TreeSet<Long> images = new TreeSet<>();
        for (long i = 0; i < 100_000; i++) {
            images.add(StableHash.mix64(i));
        }
        assertEquals(100_000, images.size(), "mix64 is a bijection");
    }
}
