package nl.paraat.exercise.runtime;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.paraat.exercise.ExerciseSnapshot;
import nl.paraat.exercise.RoleView;

/**
 * What the screens of a live exercise see at one moment: the facilitator's picture and, per role instance,
 * only what that role would know (its inbox and decisions, indicators with the scenario's reporting delay).
 * Built on the engine thread; immutable.
 *
 * @param facilitator the facilitator's picture (true values)
 * @param roles       each role instance's view, by role instance id
 * @param inboxes     each role's messages, inbox marks and decision log, and the facilitator's (by id)
 */
public record LiveView(ExerciseSnapshot facilitator, SortedMap<String, RoleView> roles,
                       SortedMap<String, MessageBoard.Inbox> inboxes) {
    public LiveView {
        roles = Collections.unmodifiableSortedMap(new TreeMap<>(roles));
        inboxes = Collections.unmodifiableSortedMap(new TreeMap<>(inboxes));
    }
}
