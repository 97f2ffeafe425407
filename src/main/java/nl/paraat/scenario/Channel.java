package nl.paraat.scenario;

import java.util.Optional;
import nl.paraat.world.Text;

/** How an inject reaches its recipients; each role console has an inbox per channel. */
public enum Channel {
    SITUATION_REPORT("situation-report", new Text("Situatierapport", "Situation report")),
    MAIL("mail", new Text("E-mail", "Mail")),
    PHONE("phone", new Text("Telefoon", "Phone")),
    NEWS("news", new Text("Nieuws", "News")),
    SOCIAL_MEDIA("social-media", new Text("Sociale media", "Social media")),
    NL_ALERT("nl-alert", new Text("NL-Alert", "NL-Alert")),
    LIAISON("liaison", new Text("Liaison", "Liaison"));

    private final String id;
    private final Text label;

    Channel(String id, Text label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in scenario files. */
    public String id() {
        return id;
    }

    public Text label() {
        return label;
    }

    /** The channel with this file id. */
    public static Optional<Channel> byId(String id) {
        for (Channel c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
