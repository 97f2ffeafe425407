package nl.paraat.exercise;

import java.util.List;
import nl.paraat.scenario.Channel;
import nl.paraat.scenario.ScenarioRole;

/**
 * What one role instance knows now (fog of war): its inbox, its own decisions and the indicators with
 * the scenario's reporting delays. Immutable.
 */
public record RoleView(ScenarioRole role, Player player, long now, List<InboxItem> inbox,
                       List<DecisionRecord> decisions, List<IndicatorReading> indicators) {
    public RoleView {
        inbox = List.copyOf(inbox);
        decisions = List.copyOf(decisions);
        indicators = List.copyOf(indicators);
    }

    /** The inbox of one channel, oldest first. */
    public List<InboxItem> inbox(Channel channel) {
        return inbox.stream().filter(i -> i.channel() == channel).toList();
    }
}
