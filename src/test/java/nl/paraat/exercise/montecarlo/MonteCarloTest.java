package nl.paraat.exercise.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioFiles;
import nl.paraat.world.WorldCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MonteCarloTest {
    private static final WorldCatalog CATALOG = WorldCatalog.standard();
    private static final Scenario PRESPEL = ScenarioFiles.load("prespel.json");

    private static MonteCarloResult run(Policy p, long seed, int reps, int threads) {
        return new MonteCarlo(PRESPEL, CATALOG, p, seed).run(reps, threads);
    }

    private static List<Long> traces(MonteCarloResult r) {
        return r.results().stream().map(ReplicationResult::trace).toList();
    }

    @ParameterizedTest
    @EnumSource(Policy.class)
    void resultsDoNotDependOnTheNumberOfThreads(Policy p) {
        MonteCarloResult one = run(p, 7, 9, 1);
        MonteCarloResult two = run(p, 7, 9, 2);
        MonteCarloResult three = run(p, 7, 9, 3);
        assertEquals(traces(one), traces(two));
        assertEquals(traces(one), traces(three));
        assertEquals(one.checksum(), two.checksum());
        assertEquals(one.checksum(), three.checksum());
        assertEquals(one.eventsPerRep(), two.eventsPerRep());
        for (int i = 0; i < one.reps(); i++) {
            assertEquals(i, two.results().get(i).replication());
        }
    }

    @Test
    void replicationsDifferAndTheSeedMatters() {
        MonteCarloResult a = run(Policy.DOCTRINE, 1, 4, 2);
        assertEquals(4, traces(a).stream().distinct().count(), "each replication has its own streams");
        assertNotEquals(a.checksum(), run(Policy.DOCTRINE, 2, 4, 2).checksum());
        assertEquals(a.checksum(), run(Policy.DOCTRINE, 1, 4, 1).checksum());
    }

    @Test
    void mixedPlaysBothBranchesOfADecisionTrigger() {
        int m2 = PRESPEL.injects().stream().map(i -> i.id()).toList().indexOf("M2");
        assertEquals(20, run(Policy.DOCTRINE, 3, 20, 2).firedIn(m2));
        assertEquals(0, run(Policy.NONE, 3, 20, 2).firedIn(m2));
        MonteCarloResult mixed = run(Policy.MIXED, 3, 40, 2);
        int fired = mixed.firedIn(m2);
        assertTrue(fired > 5 && fired < 35, "M2 fired in " + fired + " of 40");
        assertEquals(List.of(), mixed.neverFired());
        assertEquals(List.of(), mixed.neverDone());
        assertEquals(List.of("M2"), run(Policy.NONE, 3, 5, 1).neverFired());
        assertEquals(List.of("M1/1", "M3/1", "M3/2"), run(Policy.NONE, 3, 5, 1).neverDone());
    }

    @Test
    void manualActionsAreDoneUnderDoctrineNeverUnderNoneAndSometimesUnderMixed() {
        int m3 = PRESPEL.injects().stream().map(i -> i.id()).toList().indexOf("M3");
        assertEquals(20, run(Policy.DOCTRINE, 4, 20, 2).results().stream().filter(r -> r.actionDone()[1]).count());
        assertEquals(0, run(Policy.NONE, 4, 20, 2).results().stream().filter(r -> r.actionDone()[1]).count());
        long mixed = run(Policy.MIXED, 4, 40, 2).results().stream().filter(r -> r.actionDone()[1]).count();
        assertTrue(mixed > 5 && mixed < 35, "manual action done in " + mixed + " of 40");
        assertEquals(2, m3);
    }

    @Test
    void mixedTakesExpectedDecisionsWithRequiredParametersFilledIn() {
        long mixed = run(Policy.MIXED, 5, 40, 2).results().stream().filter(r -> r.actionDone()[2]).count();
        assertTrue(mixed > 5 && mixed < 35, "set-threat-level done in " + mixed + " of 40");
    }

    @Test
    void mixedTriesARefusedExpectedDecisionAgainUntilItsDeadline() {
        // R2's allied patients need ICU surge step 1, open 2 h after R1's surge decision: refused at first
        Scenario retry = ScenarioFiles.load("prespel-retry.json");
        MonteCarloResult mixed = new MonteCarlo(retry, CATALOG, Policy.MIXED, 6).run(40, 2);
        long accepted = mixed.results().stream().filter(r -> r.actionDone()[1]).count();
        assertTrue(accepted > 0 && accepted < 40, "allied patients accepted in " + accepted + " of 40");
        assertEquals(List.of(), mixed.neverDone());
        assertEquals(List.of("R1/1", "R2/1"), new MonteCarlo(retry, CATALOG, Policy.DOCTRINE, 6).run(2, 1).neverDone(),
            "the doctrine alone takes neither decision in this quiet scenario");
    }

    @Test
    void objectiveShareFollowsThePolicy() {
        assertEquals(200.0 / 3, run(Policy.DOCTRINE, 1, 5, 2).objective(0).mean(), 1e-9, "the doctrine never sets the threat level");
        Distribution none = run(Policy.NONE, 1, 5, 2).objective(0);
        assertEquals(new Distribution(5, 0, 0, 0), none);
    }

    @Test
    void reportEndsWithTheMachineReadableLine() {
        MonteCarloResult r = run(Policy.MIXED, 1, 6, 2);
        StringWriter sw = new StringWriter();
        r.print(new PrintWriter(sw));
        String[] lines = sw.toString().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.matches("reps=6 reps_per_s=\\d+\\.\\d\\d events_per_rep=\\d+ checksum=[0-9a-f]{16}"), last);
        assertTrue(sw.toString().contains("peak inject load") || sw.toString().contains("inject load per role"));
        assertEquals(String.format("%016x", r.checksum()), last.substring(last.indexOf("checksum=") + 9));
    }

    @Test
    void distributionLeavesOutNaNAndInterpolatesPercentiles() {
        double[] v = new double[21];
        for (int i = 0; i <= 20; i++) {
            v[i] = 20 - i;
        }
        Distribution d = Distribution.of(v);
        assertEquals(new Distribution(21, 10, 1, 19), d);
        assertEquals(new Distribution(2, 2, 1.1, 2.9), Distribution.of(new double[] {Double.NaN, 1, 3}));
        assertEquals(0, Distribution.of(new double[] {Double.NaN}).n());
    }
}
