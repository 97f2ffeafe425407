package nl.paraat.exercise.montecarlo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.paraat.engine.StableHash;
import nl.paraat.scenario.ExpectedAction;
import nl.paraat.scenario.Inject;
import nl.paraat.scenario.Objective;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioRole;
import nl.paraat.scenario.Trigger;

/**
 * The outcome of a pre-play: every replication's result in replication order, and the summaries a
 * facilitator reads: per objective and indicator the distribution over replications, the injects that never
 * fired, the expected actions never done, the peak inject load per role per hour, and the checksum.
 *
 * @param threads     worker threads used
 * @param indicators  the national indicator ids, in the order of {@link ReplicationResult#indicators()}
 * @param results     per replication, in replication order
 * @param elapsedNanos wall time of the replications (not of loading)
 */
public record MonteCarloResult(Scenario scenario, Policy policy, long seed, int threads, List<String> indicators,
                               List<ReplicationResult> results, long elapsedNanos) {
    public MonteCarloResult {
        indicators = List.copyOf(indicators);
        results = List.copyOf(results);
    }

    public int reps() {
        return results.size();
    }

    /**
     * The per-replication trace hashes combined in replication order: the same for any number of threads,
     * and it changes when any replication plays differently.
     */
    public long checksum() {
        long h = 0x6d6f6e7465636172L;
        for (ReplicationResult r : results) {
            h = StableHash.combine(h, r.trace());
        }
        return h;
    }

    /** Mean events per replication, rounded. */
    public long eventsPerRep() {
        long sum = 0;
        for (ReplicationResult r : results) {
            sum += r.events();
        }
        return (sum + reps() / 2) / reps();
    }

    /** Replications per second of wall time. */
    public double repsPerSecond() {
        return elapsedNanos <= 0 ? 0 : reps() * 1e9 / elapsedNanos;
    }

    /** The distribution of objective i's on-time share (percent). */
    public Distribution objective(int i) {
        return Distribution.of(results.stream().mapToDouble(r -> r.objectiveShare()[i]).toArray());
    }

    /** The distribution of national indicator i at the end. */
    public Distribution indicator(int i) {
        return Distribution.of(results.stream().mapToDouble(r -> r.indicators()[i]).toArray());
    }

    /** In how many replications inject i was delivered at least once. */
    public int firedIn(int i) {
        int n = 0;
        for (ReplicationResult r : results) {
            n += r.injectDeliveries()[i] > 0 ? 1 : 0;
        }
        return n;
    }

    /** Ids of the injects no replication delivered, in scenario order. */
    public List<String> neverFired() {
        List<String> out = new ArrayList<>();
        List<Inject> injects = scenario.injects();
        for (int i = 0; i < injects.size(); i++) {
            if (firedIn(i) == 0) {
                out.add(injects.get(i).id());
            }
        }
        return out;
    }

    /** Keys of the expected actions no replication did, in scenario order. */
    public List<String> neverDone() {
        List<String> out = new ArrayList<>();
        int a = 0;
        for (Inject inject : scenario.injects()) {
            for (ExpectedAction ea : inject.expectedActions()) {
                int idx = a++;
                if (results.stream().noneMatch(r -> r.actionDone()[idx])) {
                    out.add(ea.key());
                }
            }
        }
        return out;
    }

    /** The summary report; its last line is {@link #lastLine()}. */
    public void print(PrintWriter out) {
        Scenario s = scenario;
        out.printf(Locale.ROOT, "montecarlo %s: %d replications, seed %d, policy %s, %d threads, %s to %s%n",
            s.meta().id(), reps(), seed, policy.id(), threads, s.time().format(0), s.time().format(s.end()));
        out.println("objectives (share of their expected actions done on time, %; n = replications with such actions):");
        out.printf(Locale.ROOT, "  %-14s %5s %8s %8s %8s  %s%n", "objective", "n", "mean", "p5", "p95", "BLR/pillar");
        List<Objective> objectives = s.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            Objective o = objectives.get(i);
            Distribution d = objective(i);
            out.printf(Locale.ROOT, "  %-14s %5d %8s %8s %8s  %s %s%n", o.id(), d.n(), num(d.mean()), num(d.p5()),
                num(d.p95()), o.blr(), o.pillar());
        }
        out.println("indicators (NL, true value at the end):");
        out.printf(Locale.ROOT, "  %-36s %14s %14s %14s%n", "indicator", "mean", "p5", "p95");
        for (int i = 0; i < indicators.size(); i++) {
            Distribution d = indicator(i);
            out.printf(Locale.ROOT, "  %-36s %14s %14s %14s%n", indicators.get(i), num(d.mean()), num(d.p5()), num(d.p95()));
        }
        List<String> never = neverFired();
        out.printf(Locale.ROOT, "injects that never fired: %d of %d%n", never.size(), s.injects().size());
        for (int i = 0; i < s.injects().size(); i++) {
            Inject inj = s.injects().get(i);
            int f = firedIn(i);
            if (f < reps()) {
                out.printf(Locale.ROOT, "  %-12s fired in %5.1f%% of replications  (%s)%n", inj.id(), 100.0 * f / reps(),
                    triggerKind(inj.trigger()));
            }
        }
        List<String> notDone = neverDone();
        out.printf(Locale.ROOT, "expected actions never done: %d%s%n", notDone.size(),
            notDone.isEmpty() ? "" : ": " + String.join(" ", notDone));
        out.println("inject load per role (most injects delivered within one clock hour):");
        out.printf(Locale.ROOT, "  %-24s %5s %-14s %12s%n", "role", "peak", "hour from", "mean of reps");
        List<ScenarioRole> roles = s.roles();
        for (int k = 0; k < roles.size(); k++) {
            int peak = 0;
            long at = -1;
            double sum = 0;
            for (ReplicationResult r : results) {
                sum += r.peakLoad()[k];
                if (r.peakLoad()[k] > peak) {
                    peak = r.peakLoad()[k];
                    at = r.peakHour()[k];
                }
            }
            out.printf(Locale.ROOT, "  %-24s %5d %-14s %12.2f%n", roles.get(k).id(), peak,
                at < 0 ? "-" : s.time().format(at), sum / reps());
        }
        out.println(lastLine());
        out.flush();
    }

    /** {@code reps=<n> reps_per_s=<x.xx> events_per_rep=<n> checksum=<16 hex digits>}. */
    public String lastLine() {
        return String.format(Locale.ROOT, "reps=%d reps_per_s=%.2f events_per_rep=%d checksum=%016x", reps(),
            repsPerSecond(), eventsPerRep(), checksum());
    }

    private static String triggerKind(Trigger t) {
        if (t instanceof Trigger.OnCondition c) {
            return "condition " + c.condition().indicator() + " " + c.condition().op().symbol() + " "
                + num(c.condition().value());
        }
        if (t instanceof Trigger.AfterDecision d) {
            return "after decision " + d.decisionType() + (d.role() == null ? "" : " by " + d.role());
        }
        if (t instanceof Trigger.AfterInject a) {
            return "after inject " + a.injectId();
        }
        return "time";
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
