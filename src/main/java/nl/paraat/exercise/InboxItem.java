package nl.paraat.exercise;

import java.util.List;
import nl.paraat.scenario.Attachment;
import nl.paraat.scenario.Channel;
import nl.paraat.scenario.InjectType;
import nl.paraat.scenario.Sender;
import nl.paraat.world.Text;

/**
 * An inject as a recipient sees it in an inbox: no expected actions, objectives or facilitator notes.
 *
 * @param deliveryId the {@link Delivery#id()} (stable, for read and acknowledge)
 */
public record InboxItem(int deliveryId, long time, String injectId, Channel channel, InjectType type, Sender sender,
                        Text title, Text text, List<Attachment> attachments) {
    public InboxItem {
        attachments = List.copyOf(attachments);
    }
}
