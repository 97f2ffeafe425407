package nl.paraat.scenario;

import nl.paraat.world.Text;

/** Something that comes with an inject: a position on the map or a document. */
public sealed interface Attachment permits Attachment.MapPosition, Attachment.Document {
    /** What the player sees as the attachment's name. */
    Text label();

    /** A position on the map. */
    record MapPosition(double lat, double lon, Text label) implements Attachment {
    }

    /** A short document (a situation report annex, a press release). */
    record Document(Text label, Text text) implements Attachment {
    }
}
