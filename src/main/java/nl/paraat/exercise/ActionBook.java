package nl.paraat.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.paraat.engine.EventType;
import nl.paraat.engine.Priority;
import nl.paraat.engine.Simulator;
import nl.paraat.scenario.ExpectedAction;
import nl.paraat.scenario.Inject;

/**
 * The expected actions of an exercise: opened when their inject is delivered, done by a matching accepted
 * decision (also one taken before the delivery) or a tick, missed at their deadline (an event, so it is in
 * the trace), late when done after it.
 */
final class ActionBook {
    private final Simulator sim;
    private final EventType deadlineEvent;
    private final Consumer<ActionState> changed;
    private final List<ActionRun> actions = new ArrayList<>();

    ActionBook(Simulator sim, Consumer<ActionState> changed) {
        this.sim = sim;
        this.changed = changed;
        this.deadlineEvent = new EventType("exercise/deadline", (key, payload) -> onDeadline((int) key));
    }

    /** Opens the expected actions of the n-th delivery of an inject, now. */
    void open(Inject inject, int delivery, List<DecisionRecord> decisionsSoFar) {
        long now = sim.now();
        for (ExpectedAction ea : inject.expectedActions()) {
            String id = delivery == 1 ? ea.key() : ea.key() + "#" + delivery;
            ActionRun a = new ActionRun(actions.size(), id, inject.id(), ea, now, ea.deadline().dueAt(now));
            actions.add(a);
            DecisionRecord earlier = null;
            for (DecisionRecord d : decisionsSoFar) {
                if (a.matches(d)) {
                    earlier = d;
                    break;
                }
            }
            if (earlier != null) {
                a.status = ActionStatus.DONE_ON_TIME;
                a.doneAt = earlier.time();
                a.doneBy = earlier.actor();
            } else if (a.due < now) {
                a.status = ActionStatus.MISSED;
            } else {
                sim.schedule(a.due, Priority.SAMPLE, deadlineEvent, a.index);
            }
            changed.accept(a.state());
        }
    }

    /** An accepted decision: every open or missed action it matches is done now. */
    void decided(DecisionRecord rec) {
        for (ActionRun a : actions) {
            if (a.open() && a.matches(rec)) {
                done(a, rec.actor());
            }
        }
    }

    /**
     * Ticks off the first open (or missed) action with this id, else the first with this key
     * ({@code K05/1} also finds {@code K05/1#2}). False if there is none.
     */
    boolean tick(String key, String by) {
        for (ActionRun a : actions) {
            if (a.id.equals(key) && a.open()) {
                done(a, by);
                return true;
            }
        }
        for (ActionRun a : actions) {
            if (a.action.key().equals(key) && a.open()) {
                done(a, by);
                return true;
            }
        }
        return false;
    }

    List<ActionState> states() {
        return actions.stream().map(ActionRun::state).toList();
    }

    private void done(ActionRun a, String by) {
        long now = sim.now();
        a.doneAt = now;
        a.doneBy = by;
        a.status = now <= a.due ? ActionStatus.DONE_ON_TIME : ActionStatus.LATE;
        changed.accept(a.state());
    }

    private void onDeadline(int index) {
        ActionRun a = actions.get(index);
        if (a.status == ActionStatus.OPEN) {
            a.status = ActionStatus.MISSED;
            changed.accept(a.state());
        }
    }

    /** The mutable state of one expected action of one delivery. */
    private static final class ActionRun {
        final int index;
        final String id;
        final String injectId;
        final ExpectedAction action;
        final long openedAt;
        final long due;
        ActionStatus status = ActionStatus.OPEN;
        long doneAt = -1;
        String doneBy;

        ActionRun(int index, String id, String injectId, ExpectedAction action, long openedAt, long due) {
            this.index = index;
            this.id = id;
            this.injectId = injectId;
            this.action = action;
            this.openedAt = openedAt;
            this.due = due;
        }

        boolean open() {
            return status == ActionStatus.OPEN || status == ActionStatus.MISSED;
        }

        boolean matches(DecisionRecord d) {
            return d.accepted() && action instanceof ExpectedAction.Decision ed && ed.role().equals(d.actor())
                && ed.decisionType().equals(d.type()) && ParamMatch.matches(ed.match(), d.params());
        }

        ActionState state() {
            return new ActionState(id, injectId, action, openedAt, due, status, doneAt, doneBy);
        }
    }
}
