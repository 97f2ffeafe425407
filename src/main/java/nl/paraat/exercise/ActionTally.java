package nl.paraat.exercise;

import java.util.List;

/** Counts of expected actions per status. */
public record ActionTally(int open, int doneOnTime, int late, int missed) {
    public static ActionTally of(List<ActionState> actions) {
        int[] n = new int[ActionStatus.values().length];
        actions.forEach(a -> n[a.status().ordinal()]++);
        return new ActionTally(n[0], n[1], n[2], n[3]);
    }

    public int total() {
        return open + doneOnTime + late + missed;
    }

    @Override
    public String toString() {
        return "open=" + open + " done-on-time=" + doneOnTime + " late=" + late + " missed=" + missed;
    }
}
