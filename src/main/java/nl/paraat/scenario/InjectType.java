package nl.paraat.scenario;

import java.util.Optional;
import nl.paraat.world.Text;

/** The four standard MSEL inject types. */
public enum InjectType {
    INFORMATION("information", new Text("Informatie", "Information")),
    EVENT("event", new Text("Gebeurtenis", "Event")),
    MEDIA("media", new Text("Media", "Media")),
    CONTINGENCY("contingency", new Text("Reserve-inject", "Contingency"));

    private final String id;
    private final Text label;

    InjectType(String id, Text label) {
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

    /** The type with this file id. */
    public static Optional<InjectType> byId(String id) {
        for (InjectType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
