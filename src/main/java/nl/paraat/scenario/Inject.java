package nl.paraat.scenario;

import java.util.List;
import nl.paraat.world.Text;

/**
 * One inject of the MSEL.
 *
 * @param phase      phase id, or null when it belongs to none
 * @param pillars    Dutch pillars {@code P1}..{@code P6}
 * @param elements   scenario elements of the government letter {@code E1}..{@code E7}
 * @param recipients role instance ids
 * @param objective  objective id it tests, or null
 * @param effects    world events applied when it is delivered
 * @param controller who in the control cell delivers it (MSEL), or null
 * @param notes      notes for facilitators and evaluators, never shown to players, or null
 */
public record Inject(String id, Text title, Text text, InjectType type, Trigger trigger, String phase,
                     List<String> pillars, List<String> elements, List<String> recipients, Channel channel,
                     Sender sender, List<Attachment> attachments, List<ExpectedAction> expectedActions,
                     String objective, List<WorldEffect> effects, String controller, String notes) {
    public Inject {
        pillars = List.copyOf(pillars);
        elements = List.copyOf(elements);
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
        expectedActions = List.copyOf(expectedActions);
        effects = List.copyOf(effects);
    }
}
