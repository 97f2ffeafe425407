package nl.paraat.world;

import java.util.ArrayList;
import java.util.List;

/**
 * Society and information (BLR 1, 3): trust and unrest per safety region, disinformation waves with logistic belief
 * growth and counter-messaging, NL-Alert reach through the masts that are up, household preparedness (72 hours),
 * noodsteunpunten, emergency water, continuity of government. Advanced once per hour for all regions.
 */
final class Society {
    private final Model m;
    final int nv;
    final double[] trust;
    final double[] unrest;
    final int[] noodsteunpunten;
    final int[] noodsteunpuntenPending;
    final boolean[] emergencyWater;
    final boolean[] vulnerablePrioritised;
    final double[] protest;
    final long[] protestUntil;
    final double trustInitial;
    double preparednessBase;
    long campaignStart = -1;
    int threatLevel;
    long lastAddress = Long.MIN_VALUE / 2;
    boolean dataLeak;
    final List<Wave> waves = new ArrayList<>();
    final double[] beliefMax;
    private final double alertReach;
    private final double campaignGain;
    private final double[] k;

    /** A rumour: topic, strength and belief per safety region (region -1 = national). */
    static final class Wave {
        final String topic;
        final double strength;
        final int region;
        final double[] belief;
        final double[] counter;
        final long start;

        Wave(String topic, double strength, int region, int nv, long start) {
            this.start = start;
            this.topic = topic;
            this.strength = strength;
            this.region = region;
            this.belief = new double[nv];
            this.counter = new double[nv];
        }
    }

    Society(Model m) {
        this.m = m;
        nv = m.nVr;
        trust = new double[nv];
        unrest = new double[nv];
        noodsteunpunten = new int[nv];
        noodsteunpuntenPending = new int[nv];
        emergencyWater = new boolean[nv];
        vulnerablePrioritised = new boolean[nv];
        protest = new double[nv];
        protestUntil = new long[nv];
        trustInitial = m.p("society.trust.initial");
        java.util.Arrays.fill(trust, trustInitial);
        preparednessBase = m.p("society.preparedness.initial");
        beliefMax = new double[nv];
        alertReach = m.p("society.nlalert.reach");
        k = new double[] {m.p("society.trust.recoveryPerHour"), m.p("society.trust.outageLossPerHour"),
            m.p("society.trust.disinfoLossPerHour"), m.p("society.disinfo.growthPerHour"),
            m.p("society.disinfo.decayPerHour"), m.p("society.counter.decayPerHour"), m.p("society.unrest.threshold"),
            m.p("society.noodsteunpunt.inhabitants"), m.p("society.disinfo.noveltyHours")};
        campaignGain = m.p("society.preparedness.campaignGain");
    }

    double preparedness() {
        double p = preparednessBase;
        if (campaignStart >= 0) {
            double days = (m.sim.now() - campaignStart) / (double) Model.DAY;
            p += campaignGain * StrictMath.min(1, days / 14);
        }
        return StrictMath.min(1, p);
    }

    /** Belief in the most believed active rumour in region v (as of the last hourly step or wave start). */
    double belief(int v) {
        return beliefMax[v];
    }

    private void refreshBelief() {
        java.util.Arrays.fill(beliefMax, 0);
        for (int i = 0; i < waves.size(); i++) {
            double[] b = waves.get(i).belief;
            for (int v = 0; v < nv; v++) {
                if (b[v] > beliefMax[v]) {
                    beliefMax[v] = b[v];
                }
            }
        }
    }

    Wave wave(String topic) {
        for (Wave w : waves) {
            if (w.topic.equals(topic)) {
                return w;
            }
        }
        return null;
    }

    void startWave(String topic, double strength, int region) {
        Wave w = new Wave(topic, strength, region, nv, m.sim.now());
        for (int v = 0; v < nv; v++) {
            w.belief[v] = region < 0 || region == v ? 0.02 * strength : 0.002 * strength;
        }
        waves.add(w);
        refreshBelief();
    }

    /** Counter-messaging on a topic with a reach (share of people reached) in one region or all (v = -1). */
    void counter(String topic, double reach, int region) {
        for (Wave w : waves) {
            if (topic == null || w.topic.equals(topic)) {
                for (int v = 0; v < nv; v++) {
                    if (region < 0 || region == v) {
                        w.counter[v] = StrictMath.max(w.counter[v], reach);
                    }
                }
            }
        }
    }

    double nlAlertReach(int v) {
        return alertReach * m.infra.masts(v);
    }

    void addTrust(int region, double delta) {
        for (int v = 0; v < nv; v++) {
            if (region < 0 || region == v) {
                trust[v] = clamp(trust[v] + delta);
            }
        }
    }

    double unserved(int v) {
        double noWater = m.infra.waterUp(v) || emergencyWater[v] ? 0 : 1;
        return 0.5 * (1 - m.infra.loadServed(v)) + 0.3 * noWater + 0.2 * (1 - m.infra.masts(v));
    }

    boolean crisisBodyFunctioning(int v) {
        boolean power = m.infra.loadServed(v) > 0.5 || m.infra.up(v, Infrastructure.HOSPITAL);
        boolean comms = m.infra.masts(v) > 0.5 || m.infra.ncvUp();
        return power && comms;
    }

    void hour() {
        long now = m.sim.now();
        double recovery = k[0];
        double outageLoss = k[1];
        double disinfoLoss = k[2];
        double growth = k[3];
        double decay = k[4];
        double counterDecay = k[5];
        double threshold = k[6];
        double perPoint = k[7];
        double prepared = preparedness();
        for (int i = waves.size() - 1; i >= 0; i--) {
            Wave w = waves.get(i);
            double max = 0;
            double g = growth * w.strength * StrictMath.exp(-(now - w.start) / (3600.0 * k[8]));
            for (int v = 0; v < nv; v++) {
                double b = w.belief[v];
                b += g * b * (1 - b) - decay * b - counterDecay * w.counter[v] * b;
                w.belief[v] = b < 0 ? 0 : b;
                max = StrictMath.max(max, w.belief[v]);
            }
            if (max < 1e-3) {
                waves.remove(i);
            }
        }
        refreshBelief();
        for (int v = 0; v < nv; v++) {
            double u = unserved(v);
            double b = belief(v);
            trust[v] = clamp(trust[v] + recovery * (trustInitial - trust[v]) - outageLoss * u * (1 - 0.5 * prepared)
                - disinfoLoss * b - (dataLeak ? 0.02 : 0));
            double served = StrictMath.min(1, noodsteunpunten[v] * perPoint / m.vrPopulation[v]);
            double push = 20 * StrictMath.max(0, u - threshold) * (1 - served) * (1 - prepared) + 5 * b
                + (now < protestUntil[v] ? protest[v] : 0);
            unrest[v] = clamp(unrest[v] + push - 0.05 * unrest[v]);
        }
    }

    static double clamp(double x) {
        return x < 0 ? 0 : x > 100 ? 100 : x;
    }
}
