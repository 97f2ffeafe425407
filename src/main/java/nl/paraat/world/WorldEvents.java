package nl.paraat.world;

final class WorldEvents {
    private final WorldCatalog c;

    WorldEvents(WorldCatalog c, Model m) {
        this.c = c;
    }

    void apply(String t, Params p) {
        WorldEventType e = c.eventType(t).orElseThrow(() -> new IllegalArgumentException("unknown world event type " + t));
        var probs = c.checkParams(e.params(), p);
        if (!probs.isEmpty()) {
            throw new IllegalArgumentException(t + ": " + String.join("; ", probs));
        }
    }

    void schedule(long time, String t, Params p) {
        apply(t, p);
    }
}
