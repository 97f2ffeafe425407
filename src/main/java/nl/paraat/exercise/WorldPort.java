package nl.paraat.exercise;

import java.util.List;
import nl.paraat.world.DecisionListener;
import nl.paraat.world.DecisionResult;
import nl.paraat.world.IndicatorSeries;
import nl.paraat.world.Params;
import nl.paraat.world.Proposal;
import nl.paraat.world.RoleInstance;
import nl.paraat.world.SampleListener;
import nl.paraat.world.Text;
import nl.paraat.world.World;

/**
 * The part of the {@link World} the exercise core uses, so the core's rules (triggers, delivery, actions)
 * can also be tested against a scripted world.
 */
interface WorldPort {
    void start();

    DecisionResult decide(RoleInstance actor, String decisionType, Params params);

    void applyEvent(String eventType, Params params);

    /** {@link World#vetoPending}: null when the delayed effect was stopped, else why not. */
    Text vetoPending(long decisionId);

    /** {@link World#changePending}. */
    DecisionResult changePending(long decisionId, Params params);

    double indicator(String indicatorId, String scopeId);

    /** The last sample at or before t (NaN if none): the value a role sees with a reporting delay. */
    double sampledAt(String indicatorId, String scopeId, long t);

    void addSampleListener(SampleListener l);

    /**
     * The sampled series of an indicator, or null when the port has none (then {@link #indicator} is used).
     * Read inside a sample listener, its {@link IndicatorSeries#last()} is the value just sampled.
     */
    default IndicatorSeries series(String indicatorId, String scopeId) {
        return null;
    }

    void addDecisionListener(DecisionListener l);

    List<Proposal> doctrineProposals(RoleInstance role);

    /** The real world behind the port. */
    static WorldPort of(World w) {
        return new WorldPort() {
            @Override
            public void start() {
                w.start();
            }

            @Override
            public DecisionResult decide(RoleInstance actor, String decisionType, Params params) {
                return w.decide(actor, decisionType, params);
            }

            @Override
            public void applyEvent(String eventType, Params params) {
                w.applyEvent(eventType, params);
            }

            @Override
            public Text vetoPending(long decisionId) {
                return w.vetoPending(decisionId);
            }

            @Override
            public DecisionResult changePending(long decisionId, Params params) {
                return w.changePending(decisionId, params);
            }

            @Override
            public double indicator(String indicatorId, String scopeId) {
                return w.indicator(indicatorId, scopeId);
            }

            @Override
            public double sampledAt(String indicatorId, String scopeId, long t) {
                IndicatorSeries s = w.series(indicatorId, scopeId);
                return s == null ? Double.NaN : s.valueAt(t);
            }

            @Override
            public void addSampleListener(SampleListener l) {
                w.addSampleListener(l);
            }

            @Override
            public IndicatorSeries series(String indicatorId, String scopeId) {
                return w.series(indicatorId, scopeId);
            }

            @Override
            public void addDecisionListener(DecisionListener l) {
                w.addDecisionListener(l);
            }

            @Override
            public List<Proposal> doctrineProposals(RoleInstance role) {
                return w.doctrineProposals(role);
            }
        };
    }
}
